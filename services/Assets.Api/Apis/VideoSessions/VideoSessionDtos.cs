using Assets.Api.Model;
using Portal.ServiceDefaults.OpenApi;

namespace Assets.Api.Apis.VideoSessions;

public sealed record ScheduleVideoSessionRequest(
    Guid? TicketId, Guid? DeviceId, string? Title, DateTimeOffset? ScheduledAt, DateTimeOffset? EndsAt, IReadOnlyList<Guid>? ParticipantIds);

/// <summary>Only the fields sent change.</summary>
public sealed record UpdateVideoSessionRequest([property: OneOf(typeof(VideoSessionStatuses))] string? Status, DateTimeOffset? ScheduledAt, DateTimeOffset? EndsAt, IReadOnlyList<Guid>? ParticipantIds);

public sealed record VideoSessionResponse(
    Guid Id, Guid CustomerId, Guid ObjectId, Guid? DeviceId, Guid? TicketId, string Title, [property: OneOf(typeof(VideoSessionStatuses))] string Status,
    DateTimeOffset ScheduledAt, DateTimeOffset? EndsAt, DateTimeOffset? StartedAt, DateTimeOffset? EndedAt, IReadOnlyList<Guid> ParticipantIds)
{
    public static VideoSessionResponse From(VideoSession s) => new(
        s.Id, s.CustomerId, s.ObjectId, s.DeviceId, s.TicketId, s.Title, s.Status, s.ScheduledAt, s.EndsAt, s.StartedAt, s.EndedAt, s.ParticipantIds);
}

public sealed record VideoSessionListParameters(
    string? Page, string? PageSize, string? Sort, string? Text, [property: OneOf(typeof(VideoSessionStatuses))] string? Status, string? ObjectId, string? DeviceId, string? TicketId);
