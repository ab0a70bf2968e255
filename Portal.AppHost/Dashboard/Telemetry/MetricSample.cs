namespace Portal.AppHost.Dashboard.Telemetry;

/// <summary>A data point as received: values as the sender sent them, in its temporality.</summary>
internal readonly record struct MetricSample(DateTimeOffset Time, ulong StartTime, bool Cumulative, double Value, double Count, double Sum);
