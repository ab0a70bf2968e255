namespace Portal.AppHost.Dashboard.Telemetry;

/// <summary>A finished span received over OTLP.</summary>
public sealed record SpanEntry
{
    public required string TraceId { get; init; }

    public required string SpanId { get; init; }

    /// <summary>Null for a trace's root span.</summary>
    public string? ParentSpanId { get; init; }

    public required string Name { get; init; }

    /// <summary>Internal, Server, Client, Producer or Consumer.</summary>
    public required string Kind { get; init; }

    public required string Resource { get; init; }

    /// <summary>The instrumentation that made it: Microsoft.AspNetCore, System.Net.Http, MassTransit, Npgsql...</summary>
    public required string Scope { get; init; }

    public required DateTimeOffset Start { get; init; }

    public required DateTimeOffset End { get; init; }

    /// <summary>Unset, Ok or Error.</summary>
    public required string Status { get; init; }

    public string? StatusMessage { get; init; }

    public IReadOnlyList<TelemetryAttribute> Attributes { get; init; } = [];

    public IReadOnlyList<SpanEvent> Events { get; init; } = [];

    public bool IsError => Status == "Error";

    public TimeSpan Duration => End - Start;
}
