using MassTransit;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Portal.ServiceDefaults.Messaging;

/// <summary>
/// Base for consumers that change a service's database: the change and the record "this message
/// was handled by this consumer" are saved in one transaction, so a redelivered message (the outbox
/// publishes at least once) is recognised and skipped.
/// </summary>
public abstract class IdempotentConsumer<TMessage, TContext>(TContext db) : IConsumer<TMessage>
    where TMessage : class
    where TContext : DbContext
{
    protected TContext Db { get; } = db;

    /// <summary>
    /// The id of the message being handled: a stable key for what the handler derives from it (a mail
    /// per event and recipient), so the handler need not take MassTransit's context for it.
    /// </summary>
    protected Guid MessageId { get; private set; }

    public async Task Consume(ConsumeContext<TMessage> context)
    {
        var messageId = context.MessageId
            ?? throw new InvalidOperationException($"{typeof(TMessage).Name} arrived without a MessageId; it cannot be deduplicated.");
        var consumer = GetType().Name;

        // A retry reuses nothing from a failed attempt.
        Db.ChangeTracker.Clear();
        if (await Db.Set<ProcessedMessage>().AnyAsync(p => p.MessageId == messageId && p.Consumer == consumer, context.CancellationToken))
        {
            return;
        }

        MessageId = messageId;
        await HandleAsync(context.Message, context.CancellationToken);
        Db.Set<ProcessedMessage>().Add(new ProcessedMessage
        {
            MessageId = messageId,
            Consumer = consumer,
            ProcessedAt = DateTimeOffset.UtcNow,
        });

        try
        {
            await Db.SaveChangesAsync(context.CancellationToken);
        }
        catch (DbUpdateException ex) when (ex.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation, TableName: MessagingModelBuilderExtensions.ProcessedMessagesTable })
        {
            // The same message was handled concurrently by another delivery, which committed first.
        }
    }

    /// <summary>Applies the message to <see cref="Db"/> without saving; the base class saves.</summary>
    protected abstract Task HandleAsync(TMessage message, CancellationToken cancellationToken);
}
