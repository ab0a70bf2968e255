namespace Portal.Contracts.Identity;

/// <summary>
/// The full current scope of a user, published whenever any part of it changes (role, permissions,
/// accessible accounts, portal areas, assigned objects, activation). Services keep it in their own
/// scope tables, because it is too large for a token.
/// </summary>
/// <param name="AllCustomers">Provider staff: every customer of the provider is accessible.</param>
/// <param name="CustomerIds">Provider staff: the accessible customers when not <paramref name="AllCustomers"/>.</param>
/// <param name="DepartmentIds">Department administrators: the departments they are limited to.</param>
/// <param name="PortalAreas">Customer users: the portal areas they may open (<see cref="Identity.PortalAreas"/>).</param>
/// <param name="ObjectIds">Customer users: the objects they see; empty means all of their organization's.</param>
/// <param name="Active">The user can sign in and act (false without a password yet, or deactivated).</param>
/// <param name="Email">Where the user's e-mails go; null from publishers that do not say.</param>
/// <param name="Language">The user's preferred language (de | en); null from publishers that do not say.</param>
/// <param name="Deactivated">Deactivated by an administrator: unlike a user merely without access, they get no business e-mails.</param>
/// <param name="Version">
/// Counts up with every event about the user. A redelivered or retried older event may arrive after a
/// newer one; consumers keep the version they applied and ignore anything older. 0: not counted.
/// </param>
public sealed record UserAccessChanged(
    Guid UserId,
    Guid OrganizationId,
    string OrganizationKind,
    string Role,
    IReadOnlyList<string> Permissions,
    bool AllCustomers,
    IReadOnlyList<Guid> CustomerIds,
    IReadOnlyList<Guid> DepartmentIds,
    IReadOnlyList<string> PortalAreas,
    IReadOnlyList<Guid> ObjectIds,
    bool Active,
    string? Email = null,
    string? Language = null,
    string? FirstName = null,
    string? LastName = null,
    bool Deactivated = false,
    long Version = 0) : IIntegrationEvent
{
    /// <summary>Whether this event is older than the one a consumer applied last (<paramref name="appliedVersion"/>).</summary>
    public bool IsOlderThan(long appliedVersion) => Version != 0 && Version < appliedVersion;
}
