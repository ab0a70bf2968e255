using Assets.Api.Infrastructure;
using Assets.Api.Model.Counters;

namespace Assets.Api.Scoping;

/// <summary>
/// The ticket counters a caller's totals are summed from. Staff who see the whole provider read the provider's
/// counters (a few rows, however many customers) with the archived customers' rows taken away, which they may
/// not see (usually none: one UNION ALL of nothing); everyone else sums their customers' counters.
/// Figures per customer (the dashboard's breakdown) read the customers' counters themselves.
/// </summary>
public static class ScopedCounters
{
    public static IQueryable<TicketCountRow> TicketCountsFor(this AssetsDbContext db, CallerScope scope)
    {
        if (scope.WholeProvider is not { } whole)
        {
            return db.TicketCounts.OfCustomersOf(scope)
                .Select(c => new TicketCountRow { Status = c.Status, Priority = c.Priority, Count = c.Count });
        }

        return db.ProviderTicketCounts.OfProvider(whole)
            .Select(p => new TicketCountRow { Status = p.Status, Priority = p.Priority, Count = p.Count })
            .Concat(db.TicketCounts.OfArchivedCustomers(whole)
                .Select(c => new TicketCountRow { Status = c.Status, Priority = c.Priority, Count = -c.Count }));
    }

    public static IQueryable<MonthCountRow> TicketsOpenedPerMonthFor(this AssetsDbContext db, CallerScope scope)
    {
        if (scope.WholeProvider is not { } whole)
        {
            return db.TicketsOpenedPerMonth.OfCustomersOf(scope).Select(c => new MonthCountRow { Month = c.Month, Count = c.Count });
        }

        return db.ProviderTicketsOpenedPerMonth.OfProvider(whole)
            .Select(p => new MonthCountRow { Month = p.Month, Count = p.Count })
            .Concat(db.TicketsOpenedPerMonth.OfArchivedCustomers(whole)
                .Select(c => new MonthCountRow { Month = c.Month, Count = -c.Count }));
    }

    public static IQueryable<DayCountRow> TicketsResolvedPerDayFor(this AssetsDbContext db, CallerScope scope)
    {
        if (scope.WholeProvider is not { } whole)
        {
            return db.TicketsResolvedPerDay.OfCustomersOf(scope)
                .Select(c => new DayCountRow { Day = c.Day, Count = c.Count, SecondsToResolve = c.SecondsToResolve });
        }

        return db.ProviderTicketsResolvedPerDay.OfProvider(whole)
            .Select(p => new DayCountRow { Day = p.Day, Count = p.Count, SecondsToResolve = p.SecondsToResolve })
            .Concat(db.TicketsResolvedPerDay.OfArchivedCustomers(whole)
                .Select(c => new DayCountRow { Day = c.Day, Count = -c.Count, SecondsToResolve = -c.SecondsToResolve }));
    }

    private static IQueryable<T> OfProvider<T>(this IQueryable<T> counters, WholeProvider whole) where T : class, IProviderCounter
    {
        var providerId = whole.ProviderId;
        return counters.Where(p => p.ProviderId == providerId);
    }

    // What the provider's counters hold but its staff may not see; subtracted from them.
    private static IQueryable<T> OfArchivedCustomers<T>(this IQueryable<T> counters, WholeProvider whole) where T : class, ICustomerCounter
    {
        var archived = whole.ArchivedCustomerIds;
        return counters.Where(c => archived.Contains(c.CustomerId));
    }
}

public sealed class TicketCountRow
{
    public required string Status { get; init; }
    public required string Priority { get; init; }
    public int Count { get; init; }
}

public sealed class MonthCountRow
{
    public DateOnly Month { get; init; }
    public int Count { get; init; }
}

public sealed class DayCountRow
{
    public DateOnly Day { get; init; }
    public int Count { get; init; }
    public decimal SecondsToResolve { get; init; }
}
