namespace Portal.AppHost.Dashboard.Telemetry;

/// <summary>A structured log record received over OTLP.</summary>
public sealed record LogEntry
{
    /// <summary>Increases with every record received; the page asks for records after the last it has.</summary>
    public required long Sequence { get; init; }

    public required DateTimeOffset Timestamp { get; init; }

    /// <summary>The sender's <c>service.name</c>, which the AppHost sets to the resource name.</summary>
    public required string Resource { get; init; }

    /// <summary>Trace, Debug, Information, Warning, Error or Critical.</summary>
    public required string Level { get; init; }

    public required int SeverityNumber { get; init; }

    /// <summary>The logger's category (the instrumentation scope).</summary>
    public required string Category { get; init; }

    public required string Message { get; init; }

    public string? TraceId { get; init; }

    public string? SpanId { get; init; }

    public IReadOnlyList<TelemetryAttribute> Attributes { get; init; } = [];
}
