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

    private static async Task RunAndWaitUntilHealthyAsync(DistributedApplication app, string resourceName, string command)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await ExecuteAsync(app, resourceName, command, timeout.Token);
        await app.ResourceNotifications.WaitForResourceHealthyAsync(resourceName, timeout.Token);
    }

    private static async Task ExecuteAsync(DistributedApplication app, string resourceName, string command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(app);
        var result = await app.Services.GetRequiredService<ResourceCommandService>().ExecuteCommandAsync(resourceName, command, cancellationToken);
        Xunit.Assert.True(result.Success, $"{command} {resourceName}: {result.Message}");
    }
}
