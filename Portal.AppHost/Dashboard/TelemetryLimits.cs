namespace Portal.AppHost.Dashboard;

/// <summary>
/// Upper bounds of what the dashboard keeps in memory; every store is a ring that drops the oldest.
/// Read from the environment as <c>Dashboard__Limits__MaxLogRecords</c> and so on.
/// </summary>
public sealed class TelemetryLimits
{
    public int MaxLogRecords { get; set; } = 10_000;

    public int MaxSpans { get; set; } = 20_000;

    /// <summary>Distinct (resource, metric, attributes) combinations.</summary>
    public int MaxMetricSeries { get; set; } = 2_000;

    /// <summary>Points kept per series: at one export a second, ten minutes.</summary>
    public int MaxPointsPerSeries { get; set; } = 600;

    /// <summary>Attributes kept per log record or span; the rest are counted as dropped.</summary>
    public int MaxAttributes { get; set; } = 64;

    /// <summary>Longest attribute value or log message kept, in characters.</summary>
    public int MaxValueLength { get; set; } = 4_096;
}
