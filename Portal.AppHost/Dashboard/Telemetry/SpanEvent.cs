namespace Portal.AppHost.Dashboard.Telemetry;

/// <summary>An event inside a span, e.g. the exception that made it fail.</summary>
public sealed record SpanEvent(string Name, DateTimeOffset Timestamp, IReadOnlyList<TelemetryAttribute> Attributes);
