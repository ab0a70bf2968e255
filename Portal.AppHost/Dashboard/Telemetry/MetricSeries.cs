namespace Portal.AppHost.Dashboard.Telemetry;

/// <summary>The points of one metric of one resource with one set of attributes.</summary>
internal sealed class MetricSeries(string resource, MetricDescriptor descriptor, IReadOnlyList<TelemetryAttribute> attributes, int capacity)
{
    private ulong _startTime;
    private double _lastValue;
    private double _lastCount;
    private double _lastSum;
    private bool _hasLast;

    public string Resource { get; } = resource;

    public MetricDescriptor Descriptor { get; } = descriptor;

    public IReadOnlyList<TelemetryAttribute> Attributes { get; } = attributes;

    public BoundedRing<MetricPoint> Points { get; } = new(capacity);

    /// <summary>
    /// Stores a point; cumulative values become differences to the previous point. A new start time or a
    /// smaller total means the sender restarted: its total counts from zero again.
    /// </summary>
    public void Add(DateTimeOffset time, ulong startTime, bool cumulative, double value, double count, double sum)
    {
        if (Descriptor.Kind == MetricKind.Value || !cumulative)
        {
            Points.AddRange([new MetricPoint(time, value, count, sum)]);
            return;
        }

        var reset = !_hasLast || startTime != _startTime || value < _lastValue || count < _lastCount;
        var point = reset
            ? new MetricPoint(time, value, count, sum)
            : new MetricPoint(time, value - _lastValue, count - _lastCount, sum - _lastSum);
        (_startTime, _lastValue, _lastCount, _lastSum, _hasLast) = (startTime, value, count, sum, true);
        Points.AddRange([point]);
    }
}
