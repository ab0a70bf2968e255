namespace Portal.AppHost.Dashboard.Telemetry;

/// <summary>One attribute of a span, log record or metric series, its value already as text.</summary>
public sealed record TelemetryAttribute(string Key, string Value);
