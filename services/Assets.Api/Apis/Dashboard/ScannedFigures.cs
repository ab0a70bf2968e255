using Assets.Api.Infrastructure;
using Assets.Api.Model;
using Assets.Api.Scoping;
using Microsoft.EntityFrameworkCore;

namespace Assets.Api.Apis.Dashboard;

/// <summary>
/// The figures counted from the tickets and devices themselves. For customer users limited to some
/// objects (the counters are per customer); their rows are few, bounded by their objects. The KPI
/// tests also use it as the yardstick the counters must match.
/// </summary>
public static class ScannedFigures
{
    public static async Task<TicketAndDeviceFigures> ReadAsync(CallerScope scope, AssetsDbContext db, DashboardWindow window, CancellationToken cancellationToken)
    {
        var tickets = db.Tickets.AsNoTracking().VisibleTo(scope).Where(t => t.ArchivedAt == null);
        var open = await tickets.Where(t => t.Status == TicketStatuses.Open || t.Status == TicketStatuses.InProgress)
            .GroupBy(t => new { t.CustomerId, t.Priority })
            .Select(g => new { g.Key.CustomerId, g.Key.Priority, Count = g.Count() })
            .ToListAsync(cancellationToken);
        var devices = await db.Devices.AsNoTracking().VisibleTo(scope).Where(d => d.ArchivedAt == null)
            .GroupBy(d => new { d.CustomerId, d.Status })
            .Select(g => new { g.Key.CustomerId, g.Key.Status, Count = g.Count() })
            .ToListAsync(cancellationToken);
        var firstMonth = DashboardWindow.StartOf(window.FirstMonth);
        var months = await tickets.Where(t => t.CreatedAt >= firstMonth)
            .GroupBy(t => new { t.CreatedAt.Year, t.CreatedAt.Month })
            .Select(g => new { g.Key.Year, g.Key.Month, Count = g.Count() })
            .ToDictionaryAsync(m => new DateOnly(m.Year, m.Month, 1), m => m.Count, cancellationToken);

        return new TicketAndDeviceFigures(
            open.GroupBy(c => c.Priority).ToDictionary(g => g.Key, g => g.Sum(c => c.Count)),
            devices.GroupBy(c => c.Status).ToDictionary(g => g.Key, g => g.Sum(c => c.Count)),
            await ResolvedSinceAsync(tickets, window.ResolvedSince30Days, cancellationToken),
            await ResolvedSinceAsync(tickets, window.ResolvedSince90Days, cancellationToken),
            months,
            open.GroupBy(c => c.CustomerId).ToDictionary(g => g.Key, g => g.Sum(c => c.Count)),
            devices.GroupBy(c => c.CustomerId).ToDictionary(g => g.Key, g => g.Sum(c => c.Count)));
    }

    private static async Task<ResolutionTotals> ResolvedSinceAsync(IQueryable<Ticket> tickets, DateOnly firstDay, CancellationToken cancellationToken)
    {
        var since = DashboardWindow.StartOf(firstDay);
        var totals = await tickets.Where(t => t.ResolvedAt != null && t.ResolvedAt >= since)
            .GroupBy(_ => 1)
            .Select(g => new { Count = g.Count(), Time = EF.Functions.Sum(g.Select(t => t.ResolvedAt!.Value - t.CreatedAt)) })
            .FirstOrDefaultAsync(cancellationToken);
        // PostgreSQL's intervals are whole microseconds, so this is the exact sum the counters add up.
        return totals?.Time is { } time ? new ResolutionTotals(totals.Count, (decimal)time.Ticks / TimeSpan.TicksPerSecond) : ResolutionTotals.None;
    }
}
