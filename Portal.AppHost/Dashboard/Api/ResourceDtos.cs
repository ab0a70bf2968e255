namespace Portal.AppHost.Dashboard.Api;

/// <summary>A resource as the resources page shows it.</summary>
public sealed record ResourceDto(
    string Name,
    string Type,
    string State,
    string? Health,
    string? StateReason,
    DateTimeOffset? StartedAt,
    DateTimeOffset? StoppedAt,
    int? ExitCode,
    int? ProcessId,
    IReadOnlyList<ResourceUrlDto> Urls,
    IReadOnlyList<EnvironmentVariableDto> Environment,
    IReadOnlyList<string> DependsOn);

public sealed record ResourceUrlDto(string Name, string Url);

/// <summary>An injected variable; passwords, keys and tokens are already masked by the AppHost.</summary>
public sealed record EnvironmentVariableDto(string Name, string Value);

/// <summary>Console output after line <see cref="After"/>; ask again with <see cref="Last"/> for what comes next.</summary>
public sealed record ConsoleLogsDto(string Resource, long After, long Last, IReadOnlyList<ConsoleLineDto> Lines);

public sealed record ConsoleLineDto(long Number, DateTimeOffset Timestamp, string Text, bool IsError);
