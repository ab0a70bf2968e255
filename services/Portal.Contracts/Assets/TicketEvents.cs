namespace Portal.Contracts.Assets;

/// <summary>A ticket (service case) was opened about a device or an object.</summary>
public sealed record TicketCreated(
    Guid TicketId, Guid CustomerId, Guid ObjectId, Guid? DeviceId, Guid ProviderId, string Title, string Priority, Guid CreatedBy) : IIntegrationEvent;

/// <summary>A ticket moved in its workflow (open, in_progress, resolved, closed).</summary>
public sealed record TicketStatusChanged(
    Guid TicketId, Guid CustomerId, Guid ObjectId, Guid? DeviceId, Guid ProviderId, string Title, string PreviousStatus, string Status, Guid ChangedBy) : IIntegrationEvent;

/// <summary>A ticket's title, description, priority or assignee changed.</summary>
public sealed record TicketUpdated(
    Guid TicketId, Guid CustomerId, Guid ObjectId, Guid? DeviceId, Guid ProviderId, string Title, string Priority, Guid? AssigneeId, Guid ChangedBy) : IIntegrationEvent;

/// <summary>Someone commented on a ticket.</summary>
public sealed record TicketCommentAdded(
    Guid TicketId, Guid CommentId, Guid CustomerId, Guid ObjectId, Guid? DeviceId, Guid ProviderId, string Title, Guid AuthorId, string Text) : IIntegrationEvent;

/// <summary>A ticket was archived: hidden from lists.</summary>
public sealed record TicketArchived(Guid TicketId, Guid CustomerId, Guid ObjectId, Guid? DeviceId, Guid ProviderId) : IIntegrationEvent;
