using System.Collections.Concurrent;
using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Microsoft.Extensions.DependencyInjection;

namespace Portal.AppHost.Tests.Infrastructure;

/// <summary>
/// Copies a resource's console output (what the dashboard's console page shows) while the application runs,
/// so that a test can read it after the application has stopped: the shutdown lines come last.
/// </summary>
public sealed class ResourceLogs
{
    private readonly ConcurrentQueue<string> _lines = new();
    private readonly Task _copying;

    private ResourceLogs(DistributedApplication app, string resourceId, CancellationToken stop) =>
        _copying = CopyAsync(app.Services.GetRequiredService<ResourceLoggerService>(), resourceId, stop);

    public IReadOnlyList<string> Lines => [.. _lines];

    /// <summary>Starts copying the output of <paramref name="resourceName"/> (its first, and here only, instance).</summary>
    public static async Task<ResourceLogs> StartAsync(DistributedApplication app, string resourceName, CancellationToken stop)
    {
        ArgumentNullException.ThrowIfNull(app);
        var running = await app.ResourceNotifications.WaitForResourceAsync(resourceName, _ => true, stop);
        return new ResourceLogs(app, running.ResourceId, stop);
    }

    /// <summary>Waits briefly for the stream to end (it does when the application is disposed).</summary>
    public async Task<IReadOnlyList<string>> CompletedAsync(TimeSpan timeout)
    {
        await Task.WhenAny(_copying, Task.Delay(timeout));
        return Lines;
    }

    private async Task CopyAsync(ResourceLoggerService logs, string resourceId, CancellationToken stop)
    {
        try
        {
            await foreach (var batch in logs.WatchAsync(resourceId).WithCancellation(stop))
            {
                foreach (var line in batch)
                {
                    _lines.Enqueue(line.Content);
                }
            }
        }
        catch (Exception ex) when (ex is OperationCanceledException or ObjectDisposedException)
        {
            // The application stopped.
        }
    }
}
