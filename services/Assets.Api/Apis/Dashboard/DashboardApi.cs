using Assets.Api.Infrastructure;
using Assets.Api.Model;
using Assets.Api.Scoping;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Portal.Contracts.Identity;
using Portal.Contracts.Security;

namespace Assets.Api.Apis.Dashboard;

/// <summary>KPIs over everything the caller may see; for provider staff also per customer.</summary>
public static class DashboardApi
{
    private const int ListLength = 10;

    public static RouteHandlerBuilder MapDashboardApi(this IEndpointRouteBuilder app) =>
        app.MapGet("/api/assets/dashboard", GetDashboard)
            .WithTags("Dashboard")
            .WithName("GetDashboard")
            .WithSummary("KPIs for the caller's scope")
            .RequireAuthorization()
            .RequireAccess(Permissions.DashboardView, PortalAreas.Dashboard);

    public static async Task<Ok<DashboardResponse>> GetDashboard(CallerScope scope, AssetsDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var tickets = db.Tickets.AsNoTracking().VisibleTo(scope).Where(t => t.ArchivedAt == null);
        var openTickets = tickets.Where(t => t.Status == TicketStatuses.Open || t.Status == TicketStatuses.InProgress);
        var devices = db.Devices.AsNoTracking().VisibleTo(scope).Where(d => d.ArchivedAt == null);
        var overdue = devices.Where(d => d.NextServiceOn < today && d.Status != DeviceStatuses.Decommissioned);
        var upcoming = db.VideoSessions.AsNoTracking().VisibleTo(scope).Where(s => s.Status == VideoSessionStatuses.Scheduled && s.ScheduledAt >= now);

        var byPriority = await openTickets.GroupBy(t => t.Priority).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        var byStatus = await devices.GroupBy(d => d.Status).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        var firstMonth = new DateTimeOffset(now.Year, now.Month, 1, 0, 0, 0, TimeSpan.Zero).AddMonths(-11);
        var perMonth = await tickets.Where(t => t.CreatedAt >= firstMonth)
            .GroupBy(t => new { t.CreatedAt.Year, t.CreatedAt.Month })
            .Select(g => new { g.Key.Year, g.Key.Month, Count = g.Count() })
            .ToListAsync(cancellationToken);

        var response = new DashboardResponse(
            byPriority.Sum(p => p.Count),
            TicketPriorities.All.ToDictionary(p => p, p => byPriority.FirstOrDefault(x => x.Key == p)?.Count ?? 0),
            new MeanTimeToResolve(
                await MeanHoursToResolveAsync(tickets, now.AddDays(-30), cancellationToken),
                await MeanHoursToResolveAsync(tickets, now.AddDays(-90), cancellationToken)),
            DeviceStatuses.All.ToDictionary(s => s, s => byStatus.FirstOrDefault(x => x.Key == s)?.Count ?? 0),
            Enumerable.Range(0, 12).Select(i => firstMonth.AddMonths(i))
                .Select(m => new MonthCount($"{m:yyyy-MM}", perMonth.FirstOrDefault(x => x.Year == m.Year && x.Month == m.Month)?.Count ?? 0))
                .ToList(),
            await upcoming.CountAsync(cancellationToken),
            await upcoming.OrderBy(s => s.ScheduledAt).Take(ListLength)
                .Select(s => new UpcomingVideoSession(s.Id, s.CustomerId, s.TicketId, s.DeviceId, s.Title, s.ScheduledAt))
                .ToListAsync(cancellationToken),
            await overdue.CountAsync(cancellationToken),
            await overdue.OrderBy(d => d.NextServiceOn).ThenBy(d => d.Id).Take(ListLength)
                .Select(d => new OverdueService(d.Id, d.CustomerId, d.ObjectId, d.Name, d.NextServiceOn!.Value))
                .ToListAsync(cancellationToken),
            scope.IsProviderStaff ? await BreakdownAsync(scope, db, openTickets, devices, overdue, upcoming, cancellationToken) : null);
        return TypedResults.Ok(response);
    }

    private static async Task<double?> MeanHoursToResolveAsync(IQueryable<Ticket> tickets, DateTimeOffset since, CancellationToken cancellationToken)
    {
        var mean = await tickets
            .Where(t => t.ResolvedAt != null && t.ResolvedAt >= since)
            .GroupBy(_ => 1)
            .Select(g => EF.Functions.Average(g.Select(t => t.ResolvedAt!.Value - t.CreatedAt)))
            .FirstOrDefaultAsync(cancellationToken);
        return mean is { } value ? Math.Round(value.TotalHours, 2) : null;
    }

    private static async Task<List<CustomerBreakdown>> BreakdownAsync(
        CallerScope scope, AssetsDbContext db, IQueryable<Ticket> openTickets, IQueryable<Device> devices, IQueryable<Device> overdue,
        IQueryable<VideoSession> upcoming, CancellationToken cancellationToken)
    {
        var customerIds = scope.CustomerIds;
        var names = await db.Customers.AsNoTracking().Where(c => customerIds.Contains(c.Id))
            .Select(c => new { c.Id, c.Name }).ToListAsync(cancellationToken);
        var open = await CountPerCustomerAsync(openTickets, cancellationToken);
        var deviceCounts = await CountPerCustomerAsync(devices, cancellationToken);
        var overdueCounts = await CountPerCustomerAsync(overdue, cancellationToken);
        var upcomingCounts = await CountPerCustomerAsync(upcoming, cancellationToken);
        return names
            .Select(c => new CustomerBreakdown(
                c.Id, c.Name, open.GetValueOrDefault(c.Id), deviceCounts.GetValueOrDefault(c.Id), overdueCounts.GetValueOrDefault(c.Id), upcomingCounts.GetValueOrDefault(c.Id)))
            .OrderByDescending(c => c.OpenTickets).ThenBy(c => c.Name, StringComparer.OrdinalIgnoreCase)
            .ToList();
    }

    private static Task<Dictionary<Guid, int>> CountPerCustomerAsync<T>(IQueryable<T> query, CancellationToken cancellationToken) where T : class, IScopedAsset =>
        query.GroupBy(x => x.CustomerId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.Count, cancellationToken);
}
