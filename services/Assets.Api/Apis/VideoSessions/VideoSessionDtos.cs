using Assets.Api.Model;
using Portal.ServiceDefaults.OpenApi;

namespace Assets.Api.Apis.VideoSessions;

[OpenApiExample("""
    { "ticketId": "0193f1a0-0000-7000-8000-00000000e001", "title": "Remote check of the door controller", "scheduledAt": "2027-01-12T09:00:00+01:00", "endsAt": "2027-01-12T09:30:00+01:00", "participantIds": [] }
    """)]
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
