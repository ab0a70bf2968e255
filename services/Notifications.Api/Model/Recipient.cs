namespace Notifications.Api.Model;

/// <summary>
/// What notifications knows of a user, from identity's <c>UserAccessChanged</c> and account events:
/// whose user they are, where their e-mails go, and (for business mails) which portal areas and
/// objects narrow what they hear about.
/// </summary>
public sealed class Recipient
{
    public Guid UserId { get; set; }
    public Guid OrganizationId { get; set; }

    /// <summary>Empty until identity has published the user's access.</summary>
    public string OrganizationKind { get; set; } = "";

    public string Role { get; set; } = "";
    public List<string> PortalAreas { get; set; } = [];

    /// <summary>Empty means all of the organization's objects.</summary>
    public List<Guid> ObjectIds { get; set; } = [];

    /// <summary>False for invited, without access or deactivated users: they still receive account e-mails.</summary>
    public bool Active { get; set; }

    /// <summary>The <c>UserAccessChanged.Version</c> applied last; older events are ignored.</summary>
    public long AccessVersion { get; set; }

    /// <summary>Deactivated by an administrator: no business e-mails (a user merely without access still gets them).</summary>
    public bool Deactivated { get; set; }

    /// <summary>Null until an event has told the address.</summary>
    public string? Email { get; set; }

    public string? Language { get; set; }
    public string? FirstName { get; set; }
    public string? LastName { get; set; }

    /// <summary>Provider staff: every customer of the provider is accessible, else only <see cref="CustomerIds"/>.</summary>
    public bool AllCustomers { get; set; } = true;

    public List<Guid> CustomerIds { get; set; } = [];

    /// <summary>Department administrators: only the customers of these departments.</summary>
    public List<Guid> DepartmentIds { get; set; } = [];
}
