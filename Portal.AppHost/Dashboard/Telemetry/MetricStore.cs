namespace Portal.AppHost.Dashboard.Telemetry;

/// <summary>
/// Metric series by (resource, metric, attributes), each a bounded ring of points; at most
/// <c>maxSeries</c> series, further ones are counted and dropped (a label explosion must not grow the AppHost).
/// </summary>
public sealed class MetricStore(int maxSeries, int pointsPerSeries)
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, MetricSeries> _series = new(StringComparer.Ordinal);

    public long DroppedSeries { get; private set; }

    internal void Add(string resource, MetricDescriptor descriptor, IReadOnlyList<TelemetryAttribute> attributes, MetricSample sample)
    {
        var key = $"{resource}\n{descriptor.Name}\n{string.Join('\n', attributes.Select(a => $"{a.Key}={a.Value}"))}";
        lock (_gate)
        {
            if (!_series.TryGetValue(key, out var series))
            {
                if (_series.Count >= maxSeries)
                {
                    DroppedSeries++;
                    return;
                }

                series = new MetricSeries(resource, descriptor, attributes, pointsPerSeries);
                _series[key] = series;
            }

            series.Add(sample.Time, sample.StartTime, sample.Cumulative, sample.Value, sample.Count, sample.Sum);
        }
    }

    /// <summary>The metrics a resource has sent, by name.</summary>
    public IReadOnlyList<MetricDescriptor> GetMetrics(string resource)
    {
        lock (_gate)
        {
            return [.. _series.Values
                .Where(s => string.Equals(s.Resource, resource, StringComparison.OrdinalIgnoreCase))
                .Select(s => s.Descriptor)
                .DistinctBy(d => d.Name)
                .OrderBy(d => d.Name, StringComparer.Ordinal)];
        }
    }

    /// <summary>The chart of one metric of one resource over the last <paramref name="window"/>; null if never received.</summary>
    public MetricChart? GetChart(string resource, string name, TimeSpan window, int stepSeconds, DateTimeOffset now)
    {
        List<MetricSeries> series;
        lock (_gate)
        {
            series = [.. _series.Values.Where(s =>
                string.Equals(s.Resource, resource, StringComparison.OrdinalIgnoreCase) && s.Descriptor.Name == name)];
        }

        if (series.Count == 0)
        {
            return null;
        }

        return MetricChartBuilder.Build(resource, series[0].Descriptor, series.Select(s => s.Points.ToArray()).ToList(), now - window, now, stepSeconds);
    }
}
