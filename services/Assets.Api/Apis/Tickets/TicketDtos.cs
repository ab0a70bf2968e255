using System.ComponentModel;
using Assets.Api.Model;
using Portal.ServiceDefaults.OpenApi;

namespace Assets.Api.Apis.Tickets;

/// <summary><paramref name="TemplateId"/> (provider staff): a ticket template fills title, description and priority not given.</summary>
[OpenApiExample("""
    { "deviceId": "0193f1a0-0000-7000-8000-00000000d001", "title": "Door controller offline", "description": "The controller at the main entrance has shown no status since 07:40.", "priority": "high" }
    """)]
public sealed record CreateTicketRequest(Guid? DeviceId, Guid? ObjectId, string? Title, string? Description, [property: OneOf(typeof(TicketPriorities))] string? Priority, Guid? TemplateId = null);

/// <summary>Only the fields sent change. <c>unassign: true</c> clears the assignee.</summary>
public sealed record UpdateTicketRequest([property: OneOf(typeof(TicketStatuses))] string? Status, [property: OneOf(typeof(TicketPriorities))] string? Priority, string? Title, string? Description, Guid? AssigneeId, bool? Unassign);

public sealed record AddCommentRequest(string? Text);

public sealed record TicketResponse(
    Guid Id, Guid CustomerId, Guid ObjectId, Guid? DeviceId, string Title, string Description, [property: OneOf(typeof(TicketPriorities))] string Priority, [property: OneOf(typeof(TicketStatuses))] string Status,
    Guid? AssigneeId, Guid CreatedBy, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt, DateTimeOffset? ResolvedAt, DateTimeOffset? ClosedAt, bool Archived)
{
    public static TicketResponse From(Ticket t) => new(
        t.Id, t.CustomerId, t.ObjectId, t.DeviceId, t.Title, t.Description, t.Priority, t.Status,
        t.AssigneeId, t.CreatedBy, t.CreatedAt, t.UpdatedAt, t.ResolvedAt, t.ClosedAt, t.ArchivedAt != null);
}

public sealed record CommentResponse(Guid Id, Guid TicketId, Guid AuthorId, string AuthorSide, string Text, DateTimeOffset CreatedAt)
{
    public static CommentResponse From(TicketComment c) => new(c.Id, c.TicketId, c.AuthorId, c.AuthorOrganizationKind, c.Text, c.CreatedAt);
}

public sealed record HistoryEntryResponse(string Change, string? From, string? To, Guid ActorId, DateTimeOffset At);

public sealed record TicketListParameters(
    string? Page, string? PageSize, string? Sort, string? Text, [property: OneOf(typeof(TicketStatuses))] string? Status, [property: OneOf(typeof(TicketPriorities))] string? Priority,
    string? ObjectId, string? DeviceId, string? CustomerId, string? AssigneeId, string? Archived,
    [property: Description("The next page after a page's `next` (keyset paging: as fast at any depth); instead of `page`.")] string? After);
