using Assets.Api.Apis.Common;
using Assets.Api.Infrastructure;
using Assets.Api.Scoping;
using Microsoft.EntityFrameworkCore;

namespace Assets.Api.Apis.Tickets;

/// <summary>
/// The ticket list's total. Filtered only by status, priority and customer (what the portal's lists and the
/// dashboard's links ask for most), the KPI counters know it exactly at any size; any other filter is counted
/// up to <see cref="ListTotal.CountLimit"/>.
/// </summary>
public static class TicketTotals
{
    public static async Task<ListTotal> FromCountersAsync(
        AssetsDbContext db, CallerScope scope, string? status, string? priority, Guid? customerId, CancellationToken cancellationToken)
    {
        // One customer asked for: its counters; otherwise the caller's (the provider's, for staff who see all of it).
        var counts = customerId is { } customer
            ? db.TicketCounts.AsNoTracking().OfCustomersOf(scope).Where(c => c.CustomerId == customer)
                .Select(c => new TicketCountRow { Status = c.Status, Priority = c.Priority, Count = c.Count })
            : db.TicketCountsFor(scope).AsNoTracking();
        if (status is not null)
        {
            counts = counts.Where(c => c.Status == status);
        }

        if (priority is not null)
        {
            counts = counts.Where(c => c.Priority == priority);
        }

        return ListTotal.Exact(await counts.SumAsync(c => c.Count, cancellationToken));
    }
}
