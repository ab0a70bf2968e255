using System.Globalization;
using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Portal.Testing.Aspire;

/// <summary>One running copy of a resource started with <c>WithReplicas</c>: its process and its own address.</summary>
/// <param name="Address">The replica's own port, behind the proxy that spreads the resource's connections.</param>
public sealed record ReplicaProcess(string ResourceId, int ProcessId, Uri Address);

public static class Replicas
{
    /// <summary>
    /// The healthy replicas of <paramref name="resourceName"/> once <paramref name="expected"/> of them run, read from
    /// the resource snapshots Aspire keeps per replica (the process id and the environment each was started with).
    /// </summary>
    public static async Task<IReadOnlyList<ReplicaProcess>> RunningAsync(this DistributedApplication app, string resourceName, int expected)
    {
        ArgumentNullException.ThrowIfNull(app);
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        var replicas = new Dictionary<string, ReplicaProcess?>(StringComparer.Ordinal);
        await foreach (var change in app.ResourceNotifications.WatchAsync(timeout.Token))
        {
            if (change.Resource.Name != resourceName)
            {
                continue;
            }

            replicas[change.ResourceId] = RunningProcess(change.ResourceId, change.Snapshot);
            var running = replicas.Values.OfType<ReplicaProcess>().ToList();
            if (running.Count == expected)
            {
                return running;
            }
        }

        throw new TimeoutException($"{resourceName} did not run as {expected} healthy replicas.");
    }

    private static ReplicaProcess? RunningProcess(string resourceId, CustomResourceSnapshot snapshot)
    {
        if (snapshot.State?.Text != KnownResourceStates.Running || snapshot.HealthStatus != HealthStatus.Healthy)
        {
            return null;
        }

        var pid = snapshot.Properties.FirstOrDefault(p => p.Name == "executable.pid")?.Value;
        var urls = snapshot.EnvironmentVariables.FirstOrDefault(e => e.Name == "ASPNETCORE_URLS")?.Value;
        return pid is null || urls is null
            ? null
            : new ReplicaProcess(resourceId, Convert.ToInt32(pid, CultureInfo.InvariantCulture), new Uri(urls.Split(';')[0]));
    }
}
