namespace Assets.Api.Apis.Dashboard;

public sealed record DashboardResponse(
    int OpenTickets,
    IReadOnlyDictionary<string, int> OpenTicketsByPriority,
    MeanTimeToResolve MeanTimeToResolveHours,
    IReadOnlyDictionary<string, int> DevicesByStatus,
    IReadOnlyList<MonthCount> TicketsOpenedPerMonth,
    int UpcomingVideoSessionCount,
    IReadOnlyList<UpcomingVideoSession> UpcomingVideoSessions,
    int OverdueServiceCount,
    IReadOnlyList<OverdueService> OverdueServices,
    IReadOnlyList<CustomerBreakdown>? Customers);

/// <summary>Mean hours from opening to resolving, of the tickets resolved in the window; null when none was.</summary>
public sealed record MeanTimeToResolve(double? Last30Days, double? Last90Days);

/// <summary><paramref name="Month"/> as yyyy-MM (UTC).</summary>
public sealed record MonthCount(string Month, int Count);

public sealed record UpcomingVideoSession(Guid Id, Guid CustomerId, Guid? TicketId, Guid? DeviceId, string Title, DateTimeOffset ScheduledAt);

public sealed record OverdueService(Guid DeviceId, Guid CustomerId, Guid ObjectId, string Name, DateOnly NextServiceOn);

/// <summary>Provider staff: the same figures per accessible customer.</summary>
public sealed record CustomerBreakdown(Guid CustomerId, string Name, int OpenTickets, int Devices, int OverdueServices, int UpcomingVideoSessions);
