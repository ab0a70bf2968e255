namespace Portal.AppHost.Dashboard.Telemetry;

/// <summary>One line of the traces page.</summary>
public sealed record TraceSummary(
    string TraceId,
    string Name,
    DateTimeOffset Start,
    double DurationMs,
    int SpanCount,
    int ErrorCount,
    IReadOnlyList<string> Resources);
