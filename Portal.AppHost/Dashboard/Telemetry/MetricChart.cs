namespace Portal.AppHost.Dashboard.Telemetry;

/// <summary>
/// A metric of one resource over time, summed over its attribute sets, in steps of equal length.
/// <see cref="Total"/> is everything counted in the kept points (counters, histograms) or the latest value.
/// </summary>
public sealed record MetricChart(MetricDescriptor Metric, string Resource, int StepSeconds, double Total, IReadOnlyList<MetricChartPoint> Points);

/// <summary>
/// One step of a chart. Value: the value (values), the rate per second (counters) or the number of
/// measurements per second (histograms). Mean: the mean measurement of the step (histograms only).
/// </summary>
public sealed record MetricChartPoint(DateTimeOffset Time, double Value, double? Mean);
