namespace Portal.Web.Api;

/// <param name="TotalIsExact">False when <paramref name="Total"/> is a lower bound (the service stopped counting at a limit).</param>
public sealed record PageDto<T>(int Page, int PageSize, int Total, IReadOnlyList<T> Items, bool TotalIsExact = true);

public sealed record SiteDto(Guid Id, Guid CustomerId, Guid? DepartmentId, string Name, string? Address, DateTimeOffset CreatedAt, bool Archived);

public sealed record DeviceDto(
    Guid Id, Guid CustomerId, Guid ObjectId, string Name, string? SerialNumber, string? Model, string Status,
    DateOnly? InstalledOn, DateOnly? NextServiceOn, string Code, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt, bool Archived);

public sealed record TicketDto(
    Guid Id, Guid CustomerId, Guid ObjectId, Guid? DeviceId, string Title, string Description, string Priority, string Status,
    Guid? AssigneeId, Guid CreatedBy, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt, DateTimeOffset? ResolvedAt, DateTimeOffset? ClosedAt, bool Archived);

public sealed record CreateTicketDto(Guid? DeviceId, Guid? ObjectId, string Title, string Description, string Priority);

public sealed record CommentDto(Guid Id, Guid TicketId, Guid AuthorId, string AuthorSide, string Text, DateTimeOffset CreatedAt);

public sealed record HistoryEntryDto(string Change, string? From, string? To, Guid ActorId, DateTimeOffset At);

public sealed record DashboardDto(
    int OpenTickets,
    IReadOnlyDictionary<string, int> OpenTicketsByPriority,
    MeanTimeToResolveDto MeanTimeToResolveHours,
    IReadOnlyDictionary<string, int> DevicesByStatus,
    IReadOnlyList<MonthCountDto> TicketsOpenedPerMonth,
    int UpcomingVideoSessionCount,
    int OverdueServiceCount);

public sealed record MeanTimeToResolveDto(double? Last30Days, double? Last90Days);

public sealed record MonthCountDto(string Month, int Count);
