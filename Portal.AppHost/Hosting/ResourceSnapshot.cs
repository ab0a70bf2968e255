using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Portal.AppHost.Hosting;

/// <summary>What is known about one resource at one moment; immutable, a new one is published on each change.</summary>
public sealed record ResourceSnapshot
{
    public required string Name { get; init; }

    /// <summary>"Postgres", "PostgresDatabase", "RabbitMQ", "MailDev" or "Project".</summary>
    public required string Type { get; init; }

    /// <summary>One of <see cref="KnownResourceStates"/>.</summary>
    public required string State { get; init; }

    /// <summary>Healthy or Unhealthy while running; null while nothing has answered yet.</summary>
    public HealthStatus? HealthStatus { get; init; }

    /// <summary>Why the resource failed to start or exited, for the console and the dashboard.</summary>
    public string? StateReason { get; init; }

    public DateTimeOffset? StartedAt { get; init; }

    public DateTimeOffset? StoppedAt { get; init; }

    public int? ExitCode { get; init; }

    public int? ProcessId { get; init; }

    public IReadOnlyList<ResourceUrl> Urls { get; init; } = [];

    /// <summary>The variables the AppHost injected (not the inherited ones); passwords are masked.</summary>
    public IReadOnlyDictionary<string, string> Environment { get; init; } = new Dictionary<string, string>();

    /// <summary>The resources this one references or waits for.</summary>
    public IReadOnlyList<string> DependsOn { get; init; } = [];

    /// <summary>The resource's console output (stdout and stderr apart), bounded.</summary>
    public required ResourceLogBuffer Logs { get; init; }

    public bool IsRunningAndHealthy =>
        State == KnownResourceStates.Running && HealthStatus == Microsoft.Extensions.Diagnostics.HealthChecks.HealthStatus.Healthy;
}
