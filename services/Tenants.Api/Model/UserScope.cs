namespace Tenants.Api.Model;

/// <summary>
/// Tenants' copy of a user's scope, kept from identity's <c>UserAccessChanged</c> events: it tells
/// which customers provider staff may see and whether a customer still has users.
/// </summary>
public sealed class UserScope
{
    public Guid UserId { get; init; }
    public Guid OrganizationId { get; set; }

    /// <summary><c>provider</c> or <c>customer</c>, as in the token's <c>org_kind</c>.</summary>
    public required string OrganizationKind { get; set; }

    public required string Role { get; set; }
    public bool AllCustomers { get; set; }
    public List<Guid> CustomerIds { get; set; } = [];
    public List<Guid> DepartmentIds { get; set; } = [];
    public List<string> Permissions { get; set; } = [];

    /// <summary>Can sign in and act now (false while invited, without access, deactivated, or deleted).</summary>
    public bool Active { get; set; }

    /// <summary>The <c>UserAccessChanged.Version</c> applied last; older events are ignored.</summary>
    public long AccessVersion { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>
    /// Whether the user still belongs to their organization. Identity announces a deleted user
    /// (and a deleted invitation, which deletes its user) as inactive without permissions; a
    /// deactivated or invited user keeps the permissions of their role.
    /// </summary>
    public bool Exists => Active || Permissions.Count > 0;

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
        AllCustomers = message.AllCustomers;
        CustomerIds = [.. message.CustomerIds];
        DepartmentIds = [.. message.DepartmentIds];
        Permissions = [.. message.Permissions];
        Active = message.Active;
        UpdatedAt = now;
    }

    /// <summary>A scope from identity's answer, not stored: the event stores it when it comes.</summary>
    public static UserScope From(Portal.Contracts.Identity.UserAccessChanged message, DateTimeOffset now)
    {
        var scope = new UserScope { UserId = message.UserId, OrganizationKind = message.OrganizationKind, Role = message.Role };
        scope.Apply(message, now);
        return scope;
    }

    /// <summary>
    /// What a caller is answered with while nothing is known of them: no customers, no departments,
    /// nothing to act on (fail closed).
    /// </summary>
    public static UserScope Unknown(Guid userId, Guid organizationId, string organizationKind) =>
        new() { UserId = userId, OrganizationId = organizationId, OrganizationKind = organizationKind, Role = "unknown", Active = false };
}
