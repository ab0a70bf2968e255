using System.Diagnostics;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Portal.Contracts;

namespace Portal.ServiceDefaults.Messaging;

public static class IntegrationEventOutbox
{
    internal static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>
    /// Queues <paramref name="integrationEvent"/> in the outbox; it is written by the next
    /// SaveChanges, in the same transaction as the change it describes, and published afterwards.
    /// </summary>
    public static Guid AddIntegrationEvent<TEvent>(this DbContext context, TEvent integrationEvent, TimeProvider? clock = null)
        where TEvent : class, IIntegrationEvent
    {
        var now = (clock ?? TimeProvider.System).GetUtcNow();
        var message = new OutboxMessage
        {
            Id = Guid.CreateVersion7(now),
            MessageType = typeof(TEvent).FullName!,
            Body = JsonSerializer.Serialize(integrationEvent, Json),
            OccurredAt = now,
            NextAttemptAt = now,
            TraceParent = Activity.Current is { IdFormat: ActivityIdFormat.W3C } current ? current.Id : null,
        };
        context.Set<OutboxMessage>().Add(message);
        return message.Id;
    }

    internal static Type ResolveType(string messageType) =>
        typeof(IIntegrationEvent).Assembly.GetType(messageType, throwOnError: false)
        ?? throw new InvalidOperationException($"Unknown integration event type '{messageType}'.");
}
