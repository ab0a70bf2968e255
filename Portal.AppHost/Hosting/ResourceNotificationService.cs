using System.Runtime.CompilerServices;
using System.Threading.Channels;

namespace Portal.AppHost.Hosting;

/// <summary>
/// The current snapshot of every resource and a stream of their changes, with Aspire's waiting helpers.
/// </summary>
public sealed class ResourceNotificationService
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, ResourceSnapshot> _current = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<Channel<ResourceEvent>> _watchers = [];

    /// <summary>Every change of every resource; starts with the current snapshot of each.</summary>
    public async IAsyncEnumerable<ResourceEvent> WatchAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var channel = Subscribe(out var initial);
        try
        {
            foreach (var snapshot in initial)
            {
                yield return new ResourceEvent(snapshot.Name, snapshot);
            }

            await foreach (var resourceEvent in channel.Reader.ReadAllAsync(cancellationToken))
            {
                yield return resourceEvent;
            }
        }
        finally
        {
            Unsubscribe(channel);
        }
    }

    /// <summary>Waits until the resource is in <paramref name="targetState"/>; returns that state.</summary>
    public async Task<string> WaitForResourceAsync(string resourceName, string targetState, CancellationToken cancellationToken = default)
    {
        var reached = await WaitForResourceAsync(resourceName, e => e.Snapshot.State == targetState, cancellationToken);
        return reached.Snapshot.State;
    }

    /// <summary>Waits until the resource is in one of <paramref name="targetStates"/>; returns the one reached.</summary>
    public async Task<string> WaitForResourceAsync(string resourceName, IEnumerable<string> targetStates, CancellationToken cancellationToken = default)
    {
        var states = targetStates.ToHashSet(StringComparer.Ordinal);
        var reached = await WaitForResourceAsync(resourceName, e => states.Contains(e.Snapshot.State), cancellationToken);
        return reached.Snapshot.State;
    }

    /// <summary>
    /// Waits until the resource is Running and Healthy. Throws <see cref="DistributedApplicationException"/>
    /// as soon as it fails to start, so a test fails with the reason instead of timing out.
    /// </summary>
    public Task<ResourceEvent> WaitForResourceHealthyAsync(string resourceName, CancellationToken cancellationToken = default) =>
        WaitForResourceAsync(resourceName, e => e.Snapshot.IsRunningAndHealthy, cancellationToken);

    /// <summary>Waits until a snapshot of the resource satisfies <paramref name="predicate"/>.</summary>
    public async Task<ResourceEvent> WaitForResourceAsync(string resourceName, Func<ResourceEvent, bool> predicate, CancellationToken cancellationToken = default)
    {
        var channel = Subscribe(out var initial);
        try
        {
            var current = initial.FirstOrDefault(s => string.Equals(s.Name, resourceName, StringComparison.OrdinalIgnoreCase))
                ?? throw new ArgumentException($"There is no resource named '{resourceName}'.", nameof(resourceName));
            var resourceEvent = new ResourceEvent(current.Name, current);
            while (true)
            {
                if (predicate(resourceEvent))
                {
                    return resourceEvent;
                }

                if (resourceEvent.Snapshot.State == KnownResourceStates.FailedToStart)
                {
                    throw new DistributedApplicationException(
                        $"Resource '{resourceEvent.ResourceId}' failed to start: {resourceEvent.Snapshot.StateReason}");
                }

                do
                {
                    resourceEvent = await channel.Reader.ReadAsync(cancellationToken);
                }
                while (!string.Equals(resourceEvent.ResourceId, current.Name, StringComparison.OrdinalIgnoreCase));
            }
        }
        finally
        {
            Unsubscribe(channel);
        }
    }

    public bool TryGetCurrentState(string resourceName, out ResourceSnapshot? snapshot)
    {
        lock (_gate)
        {
            return _current.TryGetValue(resourceName, out snapshot);
        }
    }

    internal IReadOnlyList<ResourceSnapshot> GetCurrent()
    {
        lock (_gate)
        {
            return [.. _current.Values];
        }
    }

    internal void Publish(ResourceSnapshot snapshot)
    {
        lock (_gate)
        {
            _current[snapshot.Name] = snapshot;
            var resourceEvent = new ResourceEvent(snapshot.Name, snapshot);
            foreach (var watcher in _watchers)
            {
                watcher.Writer.TryWrite(resourceEvent);
            }
        }
    }

    // Taking the current state and registering happen under one lock, so no change falls between them.
    private Channel<ResourceEvent> Subscribe(out IReadOnlyList<ResourceSnapshot> initial)
    {
        var channel = Channel.CreateUnbounded<ResourceEvent>(new UnboundedChannelOptions { SingleReader = true });
        lock (_gate)
        {
            initial = [.. _current.Values];
            _watchers.Add(channel);
        }

        return channel;
    }

    private void Unsubscribe(Channel<ResourceEvent> channel)
    {
        lock (_gate)
        {
            _watchers.Remove(channel);
        }
    }
}
