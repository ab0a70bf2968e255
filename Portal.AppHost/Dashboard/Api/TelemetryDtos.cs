using Portal.AppHost.Dashboard.Telemetry;

namespace Portal.AppHost.Dashboard.Api;

/// <summary>A trace with its spans in start order; offsets are milliseconds from the trace's start.</summary>
public sealed record TraceDto(string TraceId, DateTimeOffset Start, double DurationMs, IReadOnlyList<string> Resources, IReadOnlyList<SpanDto> Spans);

/// <summary>A span of the waterfall; <see cref="Depth"/> is its distance from the root (for indentation).</summary>
public sealed record SpanDto(
    string SpanId,
    string? ParentSpanId,
    int Depth,
    string Name,
    string Kind,
    string Resource,
    string Scope,
    double OffsetMs,
    double DurationMs,
    string Status,
    string? StatusMessage,
    IReadOnlyList<TelemetryAttribute> Attributes,
    IReadOnlyList<SpanEvent> Events);
