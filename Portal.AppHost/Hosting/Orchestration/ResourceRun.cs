namespace Portal.AppHost.Hosting;

/// <summary>One start of a resource, from Waiting until it is stopped or its process exits.</summary>
internal sealed class ResourceRun : IDisposable
{
    public CancellationTokenSource Cancellation { get; } = new();

    public Task Completion { get; set; } = Task.CompletedTask;

    /// <summary>Set by a requested stop, so that the exit it causes is not reported as a crash.</summary>
    public volatile bool Stopping;

    public volatile bool BecameHealthy;

    public bool IsActive => !Completion.IsCompleted;

    public void Dispose() => Cancellation.Dispose();
}
