namespace Portal.Web.Api;

public sealed record VideoSessionDto(
    Guid Id, Guid CustomerId, Guid ObjectId, Guid? DeviceId, Guid? TicketId, string Title, string Status,
    DateTimeOffset ScheduledAt, DateTimeOffset? EndsAt, DateTimeOffset? StartedAt, DateTimeOffset? EndedAt);

public sealed record ScheduleVideoSessionDto(Guid? TicketId, Guid? DeviceId, string? Title, DateTimeOffset? ScheduledAt);
