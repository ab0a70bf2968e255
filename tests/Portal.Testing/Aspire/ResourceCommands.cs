using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Microsoft.Extensions.DependencyInjection;

namespace Portal.Testing.Aspire;

/// <summary>Stop and start a resource as an operator does with the dashboard's buttons (Aspire's resource commands).</summary>
public static class ResourceCommands
{
    public static async Task StopResourceAsync(this DistributedApplication app, string resourceName)
    {
        ArgumentNullException.ThrowIfNull(app);
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        var result = await app.Services.GetRequiredService<ResourceCommandService>()
            .ExecuteCommandAsync(resourceName, KnownResourceCommands.StopCommand, timeout.Token);
        Xunit.Assert.True(result.Success, $"Stopping {resourceName}: {result.Message}");
        await app.ResourceNotifications.WaitForResourceAsync(resourceName, KnownResourceStates.TerminalStates, timeout.Token);
    }

    /// <summary>Restarts the resource (a new process) and waits until it is healthy again.</summary>
    public static async Task RestartResourceAsync(this DistributedApplication app, string resourceName)
    {
        ArgumentNullException.ThrowIfNull(app);
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        var result = await app.Services.GetRequiredService<ResourceCommandService>()
            .ExecuteCommandAsync(resourceName, KnownResourceCommands.RestartCommand, timeout.Token);
        Xunit.Assert.True(result.Success, $"Restarting {resourceName}: {result.Message}");
        await app.ResourceNotifications.WaitForResourceHealthyAsync(resourceName, timeout.Token);
    }

    /// <summary>Starts the resource again and waits until it is healthy.</summary>
    public static async Task StartResourceAsync(this DistributedApplication app, string resourceName)
    {
        ArgumentNullException.ThrowIfNull(app);
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        var result = await app.Services.GetRequiredService<ResourceCommandService>()
            .ExecuteCommandAsync(resourceName, KnownResourceCommands.StartCommand, timeout.Token);
        Xunit.Assert.True(result.Success, $"Starting {resourceName}: {result.Message}");
        await app.ResourceNotifications.WaitForResourceHealthyAsync(resourceName, timeout.Token);
    }
}
