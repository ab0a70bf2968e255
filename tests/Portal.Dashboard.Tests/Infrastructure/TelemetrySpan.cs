namespace Portal.Dashboard.Tests.Infrastructure;

/// <summary>One span as the dashboard's telemetry API returns it (OTLP JSON), flattened with its resource.</summary>
public sealed record TelemetrySpan(
    string Resource, string TraceId, string SpanId, string? ParentSpanId, string Name, SpanKind Kind, IReadOnlyDictionary<string, string> Attributes)
{
    public string? Attribute(string key) => Attributes.TryGetValue(key, out var value) ? value : null;

    public override string ToString() => $"{Resource} {Kind} '{Name}'";
}
