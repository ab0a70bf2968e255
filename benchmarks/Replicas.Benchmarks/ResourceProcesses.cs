using System.Globalization;
using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;

namespace Replicas.Benchmarks;

public static class ResourceProcesses
{
    /// <summary>
    /// The process ids of <paramref name="resourceName"/>'s <paramref name="expected"/> running copies (one per replica), from
    /// the snapshots Aspire keeps per copy. Unlike <c>Replicas.RunningAsync</c> it needs no address: PostgreSQL has none in
    /// its environment.
    /// </summary>
    public static async Task<IReadOnlyList<int>> ProcessIdsAsync(this DistributedApplication app, string resourceName, int expected, CancellationToken cancellation)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
        timeout.CancelAfter(TimeSpan.FromMinutes(2));
        var processes = new Dictionary<string, int>(StringComparer.Ordinal);
        await foreach (var change in app.ResourceNotifications.WatchAsync(timeout.Token))
        {
            if (change.Resource.Name != resourceName)
            {
                continue;
            }

            var pid = change.Snapshot.Properties.FirstOrDefault(p => p.Name == "executable.pid")?.Value;
            if (change.Snapshot.State?.Text == KnownResourceStates.Running && pid is not null)
            {
                processes[change.ResourceId] = Convert.ToInt32(pid, CultureInfo.InvariantCulture);
            }
            else
            {
                processes.Remove(change.ResourceId);
            }

            if (processes.Count == expected)
            {
                return [.. processes.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => p.Value)];
            }
        }

        throw new TimeoutException($"{resourceName} did not run as {expected} processes.");
    }
}
