namespace Assets.Api.Model;

/// <summary>
/// Assets' copy of what a user may see (from identity's <c>UserAccessChanged</c>): too large for a
/// token, and kept here so that no request waits on the identity service.
/// </summary>
public sealed class UserScope
{
    public Guid UserId { get; init; }
    public Guid OrganizationId { get; set; }
    public required string OrganizationKind { get; set; }
    public required string Role { get; set; }
    public List<string> Permissions { get; set; } = [];
    public bool AllCustomers { get; set; }
    public List<Guid> CustomerIds { get; set; } = [];
    public List<Guid> DepartmentIds { get; set; } = [];
    public List<string> PortalAreas { get; set; } = [];
    public List<Guid> ObjectIds { get; set; } = [];
    public bool Active { get; set; }

    /// <summary>Who the person is, for "who can see this" (null until an event that says arrives).</summary>
    public string? Email { get; set; }
    public string? FirstName { get; set; }
    public string? LastName { get; set; }

    /// <summary>The <c>UserAccessChanged.Version</c> applied last; older events are ignored.</summary>
    public long AccessVersion { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>
    /// The marker <c>UserDeletedConsumer</c> leaves: a role is never empty for a living user. A late
    /// or redelivered access event must not bring a deleted user's scope back.
    /// </summary>
    public bool IsDeleted => Role.Length == 0;

    /// <summary>Takes the event's whole scope: it replaces what was known.</summary>
    public void Apply(Portal.Contracts.Identity.UserAccessChanged message, DateTimeOffset now)
    {
        AccessVersion = message.Version;
        OrganizationId = message.OrganizationId;
        OrganizationKind = message.OrganizationKind;
        Role = message.Role;
        Permissions = [.. message.Permissions];
        AllCustomers = message.AllCustomers;
        CustomerIds = [.. message.CustomerIds];
        DepartmentIds = [.. message.DepartmentIds];
        PortalAreas = [.. message.PortalAreas];
        ObjectIds = [.. message.ObjectIds];
        Active = message.Active;
        // Publishers that do not say who the person is leave what an earlier event said.
        Email = message.Email ?? Email;
        FirstName = message.FirstName ?? FirstName;
        LastName = message.LastName ?? LastName;
        UpdatedAt = now;
    }

    /// <summary>A scope from identity's answer, not stored: the event stores it when it comes.</summary>
    public static UserScope From(Portal.Contracts.Identity.UserAccessChanged message, DateTimeOffset now)
    {
        var scope = new UserScope { UserId = message.UserId, OrganizationKind = message.OrganizationKind, Role = message.Role };
        scope.Apply(message, now);
        return scope;
    }
}
