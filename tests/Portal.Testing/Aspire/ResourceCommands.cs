using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Microsoft.Extensions.DependencyInjection;

namespace Portal.Testing.Aspire;

/// <summary>Stop, start and restart a resource as an operator does with the dashboard's buttons (Aspire's resource commands).</summary>
public static class ResourceCommands
{
    /// <summary>Stops the resource and waits until it has exited.</summary>
    public static async Task StopResourceAsync(this DistributedApplication app, string resourceName)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        await ExecuteAsync(app, resourceName, KnownResourceCommands.StopCommand, timeout.Token);
        await app.ResourceNotifications.WaitForResourceAsync(resourceName, KnownResourceStates.TerminalStates, timeout.Token);
    }

    /// <summary>Starts the resource again and waits until it is healthy.</summary>
    public static Task StartResourceAsync(this DistributedApplication app, string resourceName) =>
        RunAndWaitUntilHealthyAsync(app, resourceName, KnownResourceCommands.StartCommand);

    /// <summary>Restarts the resource (a new process) and waits until it is healthy again.</summary>
    public static Task RestartResourceAsync(this DistributedApplication app, string resourceName) =>
        RunAndWaitUntilHealthyAsync(app, resourceName, KnownResourceCommands.RestartCommand);

    // Waits for the new process itself: Running, healthy and with another process id than before the command. Aspire's
    // WaitForResourceHealthyAsync gives up on the first "Exited" it sees, and right after a restart the old process's
    // late "Exited" can still arrive (a whole-suite run failed on exactly that), or the old "Healthy" can still be the
    // latest news.
    private static async Task RunAndWaitUntilHealthyAsync(DistributedApplication app, string resourceName, string command)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        var before = app.ResourceNotifications.TryGetCurrentState(resourceName, out var current) ? ProcessId(current.Snapshot) : null;
        await ExecuteAsync(app, resourceName, command, timeout.Token);
        try
        {
            await app.ResourceNotifications.WaitForResourceAsync(resourceName, change =>
                change.Snapshot.State?.Text == KnownResourceStates.Running
                && change.Snapshot.HealthStatus == Microsoft.Extensions.Diagnostics.HealthChecks.HealthStatus.Healthy
                && (before is null || ProcessId(change.Snapshot) is { } now && now != before), timeout.Token);
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested)
        {
            var last = app.ResourceNotifications.TryGetCurrentState(resourceName, out var state) ? $"{state.Snapshot.State?.Text} ({state.Snapshot.HealthStatus})" : "unknown";
            throw new TimeoutException($"{command} {resourceName}: not running and healthy after 2 minutes; last state {last}.");
        }
    }

    private static string? ProcessId(CustomResourceSnapshot snapshot) =>
        snapshot.Properties.FirstOrDefault(p => p.Name == "executable.pid")?.Value?.ToString();

    private static async Task ExecuteAsync(DistributedApplication app, string resourceName, string command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(app);
        var result = await app.Services.GetRequiredService<ResourceCommandService>().ExecuteCommandAsync(resourceName, command, cancellationToken);
        Xunit.Assert.True(result.Success, $"{command} {resourceName}: {result.Message}");
    }
}
