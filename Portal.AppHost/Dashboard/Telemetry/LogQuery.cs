namespace Portal.AppHost.Dashboard.Telemetry;

/// <summary>The filters of the structured logs page; a null filter matches everything.</summary>
public sealed record LogQuery(string? Resource, int? MinimumSeverity, string? Text, string? TraceId, long AfterSequence = 0)
{
    public bool Matches(LogEntry entry) =>
        entry.Sequence > AfterSequence
        && (Resource is null || string.Equals(entry.Resource, Resource, StringComparison.OrdinalIgnoreCase))
        && (MinimumSeverity is null || entry.SeverityNumber >= MinimumSeverity)
        && (TraceId is null || string.Equals(entry.TraceId, TraceId, StringComparison.OrdinalIgnoreCase))
        && (Text is null || Contains(entry, Text));

    private static bool Contains(LogEntry entry, string text) =>
        entry.Message.Contains(text, StringComparison.OrdinalIgnoreCase)
        || entry.Category.Contains(text, StringComparison.OrdinalIgnoreCase)
        || entry.Attributes.Any(a => a.Value.Contains(text, StringComparison.OrdinalIgnoreCase));
}
