namespace Portal.AppHost.Dashboard.Telemetry;

/// <summary>
/// One received data point, already made independent of the sender's temporality: for counters and
/// histograms <see cref="Value"/> / <see cref="Count"/> and <see cref="Sum"/> are what happened since
/// the previous point; for values, <see cref="Value"/> is the value itself.
/// </summary>
internal readonly record struct MetricPoint(DateTimeOffset Time, double Value, double Count, double Sum);
