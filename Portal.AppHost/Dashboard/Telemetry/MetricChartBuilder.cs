namespace Portal.AppHost.Dashboard.Telemetry;

/// <summary>Turns the points of a metric's series into equal steps, summed over the series.</summary>
internal static class MetricChartBuilder
{
    public static MetricChart Build(string resource, MetricDescriptor metric, IReadOnlyList<MetricPoint[]> series, DateTimeOffset from, DateTimeOffset to, int stepSeconds)
    {
        stepSeconds = Math.Max(1, stepSeconds);
        var stepTicks = TimeSpan.FromSeconds(stepSeconds).Ticks;
        var firstStep = from.UtcTicks / stepTicks;
        var lastStep = to.UtcTicks / stepTicks;
        var steps = (int)(lastStep - firstStep + 1);
        var value = new double[steps];
        var count = new double[steps];
        var sum = new double[steps];
        var seen = new bool[steps];
        double total = 0;

        foreach (var points in series)
        {
            // Values: the last value of each series in a step, added over the series.
            var lastInStep = new Dictionary<int, double>();
            foreach (var point in points)
            {
                total += metric.Kind switch
                {
                    MetricKind.Counter => point.Value,
                    MetricKind.Histogram => point.Count,
                    _ => 0,
                };

                var step = (int)(point.Time.UtcTicks / stepTicks - firstStep);
                if (step < 0 || step >= steps)
                {
                    continue;
                }

                seen[step] = true;
                if (metric.Kind == MetricKind.Value)
                {
                    lastInStep[step] = point.Value;
                }
                else
                {
                    value[step] += point.Value;
                    count[step] += point.Count;
                    sum[step] += point.Sum;
                }
            }

            foreach (var (step, last) in lastInStep)
            {
                value[step] += last;
            }

            if (metric.Kind == MetricKind.Value && points.Length > 0)
            {
                total += points[^1].Value;
            }
        }

        var chart = new List<MetricChartPoint>(steps);
        for (var i = 0; i < steps; i++)
        {
            var time = new DateTimeOffset((firstStep + i) * stepTicks, TimeSpan.Zero);
            // The last step is still running: its rate is over the seconds it has had so far.
            var seconds = i == steps - 1 ? Math.Clamp((to - time).TotalSeconds, 1, stepSeconds) : stepSeconds;
            if (metric.Kind == MetricKind.Counter)
            {
                // A step without a point had no counts: a rate of zero, not a gap.
                chart.Add(new MetricChartPoint(time, value[i] / seconds, null));
            }
            else if (metric.Kind == MetricKind.Histogram)
            {
                chart.Add(new MetricChartPoint(time, count[i] / seconds, count[i] > 0 ? sum[i] / count[i] : null));
            }
            else if (seen[i])
            {
                chart.Add(new MetricChartPoint(time, value[i], null));
            }
        }

        return new MetricChart(metric, resource, stepSeconds, total, chart);
    }
}
