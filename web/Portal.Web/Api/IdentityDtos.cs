namespace Portal.Web.Api;

/// <summary><see cref="PortalAreas"/>: the customer user's portal areas (none for staff); <see cref="ObjectIds"/>: null = all objects.</summary>
public sealed record MeDto(
    Guid Id, string Email, string AccountName, string FirstName, string LastName, string Language,
    Guid OrganizationId, string OrganizationKind, string Role, IReadOnlyList<string> Permissions, string? PendingEmail,
    IReadOnlyList<string>? PortalAreas = null, IReadOnlyList<Guid>? ObjectIds = null);

/// <summary>
/// A new person's scope: portal areas (null: the role's defaults), objects (null or empty: all; when a customer
/// administrator adds the person, null is their own objects) and e-mail categories (null: all; empty: none).
/// </summary>
public sealed record PersonScopeDto(IReadOnlyList<string>? PortalAreas, IReadOnlyList<Guid>? ObjectIds, IReadOnlyList<string>? EmailCategories)
{
    /// <summary>Nothing chosen: every default of identity.</summary>
    public static readonly PersonScopeDto Defaults = new(null, null, null);
}

public sealed record CreateInvitationDto(
    string FirstName, string LastName, string Email, string Language, string Role,
    IReadOnlyList<string>? PortalAreas = null, IReadOnlyList<Guid>? ObjectIds = null, IReadOnlyList<string>? EmailCategories = null);

/// <summary>The scope fields are the person's portal areas, objects (empty: all) and e-mail categories (empty: none).</summary>
public sealed record InvitationDto(
    Guid Id, Guid UserId, string Email, string FirstName, string LastName, string Language, string Role, string Status,
    DateTimeOffset CreatedAt, DateTimeOffset ExpiresAt,
    IReadOnlyList<string>? PortalAreas = null, IReadOnlyList<Guid>? ObjectIds = null, IReadOnlyList<string>? EmailCategories = null);

public sealed record UserDto(
    Guid Id, Guid OrganizationId, string Email, string AccountName, string FirstName, string LastName, string Language,
    string Role, string State, IReadOnlyList<string> PortalAreas, IReadOnlyList<Guid>? ObjectIds = null);

/// <summary>A customer user's portal areas and objects: no objects means all of the customer's, null leaves them as they are.</summary>
public sealed record PortalAccessDto(IReadOnlyList<string> PortalAreas, IReadOnlyList<Guid>? ObjectIds);

/// <summary>Only the fields given change.</summary>
public sealed record UpdateMeDto(string? FirstName, string? LastName, string? Language);

public sealed record CreateEmployeeDto(
    string FirstName, string LastName, string Email, string Language, string Role, bool SendInvitation,
    IReadOnlyList<string>? PortalAreas = null, IReadOnlyList<Guid>? ObjectIds = null, IReadOnlyList<string>? EmailCategories = null);
