using Microsoft.Extensions.Hosting;

namespace Portal.AppHost.Dashboard;

/// <summary>
/// Replaces the console lifetime, which would catch SIGINT/SIGTERM: the AppHost stops its resources
/// first (see ShutdownSignals) and the dashboard last.
/// </summary>
internal sealed class EmbeddedHostLifetime : IHostLifetime
{
    public Task WaitForStartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
