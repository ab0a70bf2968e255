namespace Portal.Contracts.Assets;

/// <summary>A remote-support video session was scheduled for a ticket or a device.</summary>
public sealed record VideoSessionScheduled(
    Guid VideoSessionId, Guid CustomerId, Guid ObjectId, Guid? DeviceId, Guid? TicketId, Guid ProviderId,
    DateTimeOffset ScheduledAt, IReadOnlyList<Guid> ParticipantIds) : IIntegrationEvent;

/// <summary>A video session went live, ended, was cancelled or was moved to another time.</summary>
public sealed record VideoSessionChanged(
    Guid VideoSessionId, Guid CustomerId, Guid ObjectId, Guid? DeviceId, Guid? TicketId, Guid ProviderId,
    string PreviousStatus, string Status, DateTimeOffset ScheduledAt) : IIntegrationEvent;
