namespace Notifications.Api.Model;

/// <summary>
/// What notifications knows of a user, from identity's <c>UserAccessChanged</c>: whose user they are,
/// and (for business mails) which portal areas and objects narrow what they hear about.
/// </summary>
public sealed class Recipient
{
    public Guid UserId { get; set; }
    public Guid OrganizationId { get; set; }
    public required string OrganizationKind { get; set; }
    public required string Role { get; set; }
    public List<string> PortalAreas { get; set; } = [];

    /// <summary>Empty means all of the organization's objects.</summary>
    public List<Guid> ObjectIds { get; set; } = [];

    /// <summary>False for invited, without access or deactivated users: they still receive e-mails.</summary>
    public bool Active { get; set; }
}
