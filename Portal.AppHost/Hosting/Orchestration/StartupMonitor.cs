using System.Text;

namespace Portal.AppHost.Hosting;

/// <summary>
/// Waits until every resource is Running and Healthy. A resource that fails to start (or exits) ends the
/// wait with a message naming it and showing the last lines of its output; so does the startup timeout.
/// </summary>
internal sealed class StartupMonitor(
    AppHostOptions options, ResourceNotificationService notifications, IReadOnlyList<ResourceRuntime> runtimes, ApplicationFiles files)
{
    private const int LinesShown = 20;

    public async Task WaitAsync(CancellationToken cancellationToken)
    {
        if (runtimes.Count == 0)
        {
            return;
        }

        using var timeout = new CancellationTokenSource(options.StartupTimeout);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        try
        {
            await foreach (var _ in notifications.WatchAsync(linked.Token))
            {
                var failed = runtimes.FirstOrDefault(r => r.Snapshot.State is KnownResourceStates.FailedToStart or KnownResourceStates.Exited);
                if (failed is not null)
                {
                    throw new DistributedApplicationException(DescribeFailure(failed));
                }

                if (runtimes.All(r => r.Snapshot.IsRunningAndHealthy))
                {
                    return;
                }
            }
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            throw new DistributedApplicationException(DescribeTimeout());
        }
    }

    private string DescribeFailure(ResourceRuntime runtime)
    {
        var snapshot = runtime.Snapshot;
        var text = new StringBuilder($"Resource '{snapshot.Name}' {(snapshot.State == KnownResourceStates.Exited ? "exited during start-up" : "failed to start")}: {snapshot.StateReason}");
        AppendOutput(text, runtime);
        return text.ToString();
    }

    private string DescribeTimeout()
    {
        var late = runtimes.Where(r => !r.Snapshot.IsRunningAndHealthy).ToList();
        var text = new StringBuilder($"Not healthy within {options.StartupTimeout.TotalSeconds:F0} s: ");
        text.AppendJoin(", ", late.Select(r => $"{r.Resource.Name} ({r.Snapshot.State}{(r.Snapshot.HealthStatus is { } h ? $", {h}" : string.Empty)})"));
        foreach (var runtime in late.Where(r => r.Snapshot.State != KnownResourceStates.Waiting))
        {
            AppendOutput(text, runtime);
        }

        return text.ToString();
    }

    private void AppendOutput(StringBuilder text, ResourceRuntime runtime)
    {
        var lines = runtime.Logs.GetLastLines(LinesShown);
        text.Append($"\nLast output of {runtime.Resource.Name}:");
        foreach (var line in lines)
        {
            text.Append($"\n  {(line.IsErrorMessage ? "!" : "|")} {line.Content}");
        }

        if (lines.Count == 0)
        {
            text.Append(" (none)");
        }

        if (!options.IsTemporary)
        {
            text.Append($"\nFull log: {Path.Combine(files.LogsDirectory, runtime.Resource.Name + ".log")}");
        }
    }
}
