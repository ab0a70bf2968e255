using Assets.Api.Infrastructure;
using Assets.Api.Model;
using Assets.Api.Scoping;
using Microsoft.EntityFrameworkCore;

namespace Assets.Api.Apis.Dashboard;

/// <summary>
/// The figures from the counters (Model/Counters): a few rows per customer, whatever the number of tickets, and for
/// staff who see the whole provider a few rows per provider for the time series. For callers who see every object
/// of their customers.
/// </summary>
public static class CountedFigures
{
    public static async Task<TicketAndDeviceFigures> ReadAsync(CallerScope scope, AssetsDbContext db, DashboardWindow window, CancellationToken cancellationToken)
    {
        var open = await db.TicketCounts.AsNoTracking().OfCustomersOf(scope)
            .Where(c => c.Status == TicketStatuses.Open || c.Status == TicketStatuses.InProgress)
            .GroupBy(c => new { c.CustomerId, c.Priority })
            .Select(g => new { g.Key.CustomerId, g.Key.Priority, Count = g.Sum(c => c.Count) })
            .ToListAsync(cancellationToken);
        var devices = await db.DeviceCounts.AsNoTracking().OfCustomersOf(scope)
            .GroupBy(c => new { c.CustomerId, c.Status })
            .Select(g => new { g.Key.CustomerId, g.Key.Status, Count = g.Sum(c => c.Count) })
            .ToListAsync(cancellationToken);
        // Figures over the whole scope come from the provider's counters where the caller sees the whole provider.
        var months = await db.TicketsOpenedPerMonthFor(scope).AsNoTracking()
            .Where(m => m.Month >= window.FirstMonth)
            .GroupBy(m => m.Month)
            .Select(g => new { Month = g.Key, Count = g.Sum(m => m.Count) })
            .ToDictionaryAsync(m => m.Month, m => m.Count, cancellationToken);
        var days = await db.TicketsResolvedPerDayFor(scope).AsNoTracking()
            .Where(d => d.Day >= window.ResolvedSince90Days)
            .GroupBy(d => d.Day)
            .Select(g => new { Day = g.Key, Count = g.Sum(d => d.Count), Seconds = g.Sum(d => d.SecondsToResolve) })
            .ToListAsync(cancellationToken);

        ResolutionTotals Since(DateOnly first) =>
            new(days.Where(d => d.Day >= first).Sum(d => d.Count), days.Where(d => d.Day >= first).Sum(d => d.Seconds));

        return new TicketAndDeviceFigures(
            open.GroupBy(c => c.Priority).ToDictionary(g => g.Key, g => g.Sum(c => c.Count)),
            devices.GroupBy(c => c.Status).ToDictionary(g => g.Key, g => g.Sum(c => c.Count)),
            Since(window.ResolvedSince30Days),
            Since(window.ResolvedSince90Days),
            months,
            open.GroupBy(c => c.CustomerId).ToDictionary(g => g.Key, g => g.Sum(c => c.Count)),
            devices.GroupBy(c => c.CustomerId).ToDictionary(g => g.Key, g => g.Sum(c => c.Count)));
    }
}
