using System.Collections.Concurrent;
using MassTransit;
using Portal.Contracts;

namespace Assets.Api.Tests.Infrastructure;

/// <summary>Everything the service published, as a subscriber (the notifications service) receives it.</summary>
public sealed class EventObserver
{
    private readonly ConcurrentQueue<object> _received = new();

    public void Record(object message) => _received.Enqueue(message);

    public IReadOnlyList<T> All<T>() where T : class, IIntegrationEvent => _received.OfType<T>().ToList();

    /// <summary>Waits for the first matching event, then a moment longer so that a duplicate would be seen too.</summary>
    public async Task<IReadOnlyList<T>> ReceivedAsync<T>(Func<T, bool> match) where T : class, IIntegrationEvent
    {
        await Eventually.ReturnsAsync(() => Task.FromResult(All<T>().Count(match)), count => count > 0, because: $"a {typeof(T).Name}");
        await Task.Delay(TimeSpan.FromMilliseconds(500));
        return All<T>().Where(match).ToList();
    }

    public void Observe<T>(IReceiveEndpointConfigurator endpoint) where T : class =>
        endpoint.Handler<T>(context =>
        {
            Record(context.Message);
            return Task.CompletedTask;
        });
}
