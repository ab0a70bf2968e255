namespace Portal.AppHost.Dashboard.Telemetry;

/// <summary>The last spans of every resource in one bounded ring; traces are assembled when asked for.</summary>
public sealed class TraceStore(int capacity)
{
    private readonly BoundedRing<SpanEntry> _ring = new(capacity);

    public void Add(IReadOnlyList<SpanEntry> spans) => _ring.AddRange(spans);

    /// <summary>
    /// Traces with a span of <paramref name="resource"/> (or any) and at least <paramref name="minimumSpans"/>
    /// spans, the most recent first. Background loops (the outbox polling its table) make one-span traces
    /// every second; a minimum of 2 hides them.
    /// </summary>
    public IReadOnlyList<TraceSummary> GetTraces(string? resource, bool errorsOnly, int minimumSpans, int limit)
    {
        var byTrace = new Dictionary<string, List<SpanEntry>>(StringComparer.Ordinal);
        foreach (var span in _ring.ToArray())
        {
            if (!byTrace.TryGetValue(span.TraceId, out var spans))
            {
                spans = [];
                byTrace[span.TraceId] = spans;
            }

            spans.Add(span);
        }

        return [.. byTrace.Values
            .Where(spans => resource is null || spans.Any(s => string.Equals(s.Resource, resource, StringComparison.OrdinalIgnoreCase)))
            .Where(spans => !errorsOnly || spans.Any(s => s.IsError))
            .Where(spans => spans.Count >= minimumSpans)
            .Select(Summarize)
            .OrderByDescending(t => t.Start)
            .Take(limit)];
    }

    /// <summary>The spans of one trace ordered by start; empty when none is kept.</summary>
    public IReadOnlyList<SpanEntry> GetTrace(string traceId) =>
        [.. _ring.ToArray().Where(s => string.Equals(s.TraceId, traceId, StringComparison.OrdinalIgnoreCase)).OrderBy(s => s.Start)];

    private static TraceSummary Summarize(List<SpanEntry> spans)
    {
        var ids = spans.Select(s => s.SpanId).ToHashSet(StringComparer.Ordinal);
        // The root is the span without a parent; while it has not arrived yet, the earliest orphan stands in.
        var root = spans.Where(s => s.ParentSpanId is null || !ids.Contains(s.ParentSpanId)).MinBy(s => s.Start) ?? spans[0];
        var start = spans.Min(s => s.Start);
        var end = spans.Max(s => s.End);
        return new TraceSummary(
            root.TraceId,
            $"{root.Resource}: {root.Name}",
            start,
            (end - start).TotalMilliseconds,
            spans.Count,
            spans.Count(s => s.IsError),
            [.. spans.OrderBy(s => s.Start).Select(s => s.Resource).Distinct(StringComparer.OrdinalIgnoreCase)]);
    }
}
