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
        var window = DashboardWindow.At(clock.GetUtcNow());
        // Counters answer whoever sees whole customers, at any size; a user limited to some objects has
        // their rows counted, which their objects keep few.
        var figures = scope.ObjectIds is null
            ? await CountedFigures.ReadAsync(scope, db, window, cancellationToken)
            : await ScannedFigures.ReadAsync(scope, db, window, cancellationToken);
        var devices = db.Devices.AsNoTracking().VisibleTo(scope).Where(d => d.ArchivedAt == null);
        var overdue = devices.Where(d => d.NextServiceOn < window.Today && d.Status != DeviceStatuses.Decommissioned);
        var upcoming = db.VideoSessions.AsNoTracking().VisibleTo(scope).Where(s => s.Status == VideoSessionStatuses.Scheduled && s.ScheduledAt >= window.Now);

        // Staff see a row per customer: the overdue services and upcoming sessions are counted per customer once, and
        // the totals are their sums (one walk of each index instead of two).
        var overduePerCustomer = scope.IsProviderStaff ? await CountPerCustomerAsync(overdue, cancellationToken) : null;
        var upcomingPerCustomer = scope.IsProviderStaff ? await CountPerCustomerAsync(upcoming, cancellationToken) : null;
        var response = new DashboardResponse(
            figures.OpenTicketsByPriority.Values.Sum(),
            TicketPriorities.All.ToDictionary(p => p, p => figures.OpenTicketsByPriority.GetValueOrDefault(p)),
            new MeanTimeToResolve(figures.ResolvedInLast30Days.MeanHours, figures.ResolvedInLast90Days.MeanHours),
            DeviceStatuses.All.ToDictionary(s => s, s => figures.DevicesByStatus.GetValueOrDefault(s)),
            window.MonthsShown.Select(m => new MonthCount($"{m:yyyy-MM}", figures.TicketsOpenedPerMonth.GetValueOrDefault(m))).ToList(),
            upcomingPerCustomer?.Values.Sum() ?? await upcoming.CountAsync(cancellationToken),
            await upcoming.OrderBy(s => s.ScheduledAt).Take(ListLength)
                .Select(s => new UpcomingVideoSession(s.Id, s.CustomerId, s.TicketId, s.DeviceId, s.Title, s.ScheduledAt))
                .ToListAsync(cancellationToken),
            overduePerCustomer?.Values.Sum() ?? await overdue.CountAsync(cancellationToken),
            await overdue.OrderBy(d => d.NextServiceOn).ThenBy(d => d.Id).Take(ListLength)
                .Select(d => new OverdueService(d.Id, d.CustomerId, d.ObjectId, d.Name, d.NextServiceOn!.Value))
                .ToListAsync(cancellationToken),
            scope.IsProviderStaff ? await BreakdownAsync(scope, db, figures, overduePerCustomer!, upcomingPerCustomer!, cancellationToken) : null);
        return TypedResults.Ok(response);
    }

    private static async Task<List<CustomerBreakdown>> BreakdownAsync(
        CallerScope scope, AssetsDbContext db, TicketAndDeviceFigures figures, Dictionary<Guid, int> overdueCounts, Dictionary<Guid, int> upcomingCounts,
        CancellationToken cancellationToken)
    {
        var customerIds = scope.CustomerIds;
        var names = await db.Customers.AsNoTracking().Where(c => customerIds.Contains(c.Id))
            .Select(c => new { c.Id, c.Name }).ToListAsync(cancellationToken);
        return names
            .Select(c => new CustomerBreakdown(
                c.Id, c.Name, figures.OpenTicketsPerCustomer.GetValueOrDefault(c.Id), figures.DevicesPerCustomer.GetValueOrDefault(c.Id),
                overdueCounts.GetValueOrDefault(c.Id), upcomingCounts.GetValueOrDefault(c.Id)))
            .OrderByDescending(c => c.OpenTickets).ThenBy(c => c.Name, StringComparer.OrdinalIgnoreCase)
            .ToList();
    }

    private static Task<Dictionary<Guid, int>> CountPerCustomerAsync<T>(IQueryable<T> query, CancellationToken cancellationToken) where T : class, IScopedAsset =>
        query.GroupBy(x => x.CustomerId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.Count, cancellationToken);
}
