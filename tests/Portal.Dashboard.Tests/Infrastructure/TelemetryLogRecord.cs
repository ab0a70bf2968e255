namespace Portal.Dashboard.Tests.Infrastructure;

/// <summary>One structured log record as the dashboard's telemetry API returns it, flattened with its resource and category.</summary>
public sealed record TelemetryLogRecord(string Resource, string Category, string Severity, string Message)
{
    public override string ToString() => $"{Resource} {Severity} {Category}: {Message}";
}
