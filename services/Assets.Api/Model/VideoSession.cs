namespace Assets.Api.Model;

/// <summary>A remote-support session for a ticket or a device.</summary>
public sealed class VideoSession : IScopedAsset
{
    public const int TitleMaxLength = 200;

    public Guid Id { get; init; }
    public Guid ProviderId { get; init; }
    public Guid CustomerId { get; init; }
    public Guid ObjectId { get; init; }
    public Guid? DeviceId { get; init; }
    public Guid? TicketId { get; init; }
    public required string Title { get; set; }
    public required string Status { get; set; }
    public DateTimeOffset ScheduledAt { get; set; }
    public DateTimeOffset? EndsAt { get; set; }
    public DateTimeOffset? StartedAt { get; set; }
    public DateTimeOffset? EndedAt { get; set; }
    public List<Guid> ParticipantIds { get; set; } = [];
    public Guid CreatedBy { get; init; }
    public DateTimeOffset CreatedAt { get; init; }
}
