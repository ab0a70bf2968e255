namespace Portal.AppHost.Dashboard.Telemetry;

/// <summary>How a metric's points are read: a current value, a count that only grows, or a distribution.</summary>
public enum MetricKind
{
    /// <summary>Gauges and up-down counters: the value at that moment (memory, threads).</summary>
    Value,

    /// <summary>Monotonic sums (requests, GC collections, CPU time): shown as a rate per second.</summary>
    Counter,

    /// <summary>Histograms (request duration): shown as a rate and the mean.</summary>
    Histogram,
}
