using Portal.AppHost.Dashboard.Telemetry;

namespace Portal.AppHost.Dashboard.Api;

/// <summary>Orders a trace's spans as a tree (each parent before its children, siblings by start).</summary>
internal static class TraceWaterfall
{
    public static TraceDto Build(string traceId, IReadOnlyList<SpanEntry> spans)
    {
        var start = spans.Min(s => s.Start);
        var end = spans.Max(s => s.End);
        var ids = spans.Select(s => s.SpanId).ToHashSet(StringComparer.Ordinal);
        var children = spans
            .Where(s => s.ParentSpanId is not null && ids.Contains(s.ParentSpanId))
            .ToLookup(s => s.ParentSpanId!, StringComparer.Ordinal);
        // Spans whose parent is missing (not received, or dropped from the ring) are shown as roots.
        var roots = spans.Where(s => s.ParentSpanId is null || !ids.Contains(s.ParentSpanId)).OrderBy(s => s.Start);

        var ordered = new List<SpanDto>(spans.Count);
        var pending = new Stack<(SpanEntry Span, int Depth)>(roots.Reverse().Select(s => (s, 0)));
        while (pending.TryPop(out var item))
        {
            var span = item.Span;
            ordered.Add(new SpanDto(
                span.SpanId, span.ParentSpanId, item.Depth, span.Name, span.Kind, span.Resource, span.Scope,
                (span.Start - start).TotalMilliseconds, span.Duration.TotalMilliseconds, span.Status, span.StatusMessage,
                span.Attributes, span.Events));
            foreach (var child in children[span.SpanId].OrderByDescending(c => c.Start))
            {
                pending.Push((child, item.Depth + 1));
            }
        }

        var resources = spans.OrderBy(s => s.Start).Select(s => s.Resource).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        return new TraceDto(traceId, start, (end - start).TotalMilliseconds, resources, ordered);
    }
}
