namespace Portal.AppHost.Hosting;

/// <summary>What to launch and how to stop it.</summary>
internal sealed class ChildProcessSpec
{
    /// <summary>Name of the pid file, e.g. "postgres" or "eventbus-epmd".</summary>
    public required string Id { get; init; }

    public required string FileName { get; init; }

    public IReadOnlyList<string> Arguments { get; init; } = [];

    public string? WorkingDirectory { get; init; }

    /// <summary>Added to (or, with a null value, removed from) the inherited environment.</summary>
    public IReadOnlyDictionary<string, string?> Environment { get; init; } = new Dictionary<string, string?>();

    /// <summary>PostgreSQL: SIGINT is its fast shutdown (SIGTERM would wait for clients). Others: SIGTERM.</summary>
    public int StopSignal { get; init; } = Posix.SigTerm;

    /// <summary>When the AppHost runs as root, run as this user (PostgreSQL refuses to run as root).</summary>
    public string? RunAsUser { get; init; }

    /// <summary>Receives each output line; the flag is true for stderr.</summary>
    public required Action<string, bool> Output { get; init; }
}
