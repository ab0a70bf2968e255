using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Portal.ServiceDefaults.Messaging;

/// <summary>Signals the dispatcher after a SaveChanges that wrote outbox rows.</summary>
internal sealed class OutboxSignalInterceptor(OutboxSignal signal) : SaveChangesInterceptor
{
    public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context?.ChangeTracker.Entries<OutboxMessage>().Any(e => e.Entity.SentAt is null) == true)
        {
            signal.Notify();
        }

        return ValueTask.FromResult(result);
    }
}
