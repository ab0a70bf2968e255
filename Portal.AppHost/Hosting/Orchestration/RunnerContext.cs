namespace Portal.AppHost.Hosting;

/// <summary>What a runner needs from the application: options, folders and where output goes.</summary>
internal sealed class RunnerContext
{
    public required AppHostOptions Options { get; init; }

    public required string DataDirectory { get; init; }

    public required string RunDirectory { get; init; }

    public required string? RepositoryRoot { get; init; }

    public required Action<string, bool> Output { get; init; }
}
