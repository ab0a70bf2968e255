namespace Portal.AppHost.Dashboard.Telemetry;

/// <summary>Everything the OTLP receiver has kept, bounded by <see cref="TelemetryLimits"/>.</summary>
public sealed class TelemetryStore(TelemetryLimits limits)
{
    public TelemetryLimits Limits { get; } = limits;

    public LogStore Logs { get; } = new(limits.MaxLogRecords);

    public TraceStore Traces { get; } = new(limits.MaxSpans);

    public MetricStore Metrics { get; } = new(limits.MaxMetricSeries, limits.MaxPointsPerSeries);
}
