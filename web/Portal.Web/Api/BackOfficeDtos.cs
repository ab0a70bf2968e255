using System.Globalization;

namespace Portal.Web.Api;

/// <summary>In <c>GET /api/identity/me</c> while staff view the portal as this user.</summary>
public sealed record ImpersonatorDto(Guid Id, string? Name, bool FullAccess);

/// <summary>The part of <c>GET /api/identity/me</c> the "view as" banner needs.</summary>
public sealed record ViewedUserDto(Guid Id, string FirstName, string LastName, ImpersonatorDto? Impersonator);

public sealed record AuditPersonDto(Guid Id, string? Name);

public sealed record AuditEntryDto(
    Guid Id, DateTimeOffset OccurredAt, string Action, Guid? OrganizationId,
    AuditPersonDto? Actor, AuditPersonDto? Subject, AuditPersonDto? Impersonator, string? IpAddress, string? Details);

public sealed record AuditPageDto(AuditEntryDto[] Items, int Page, int PageSize, int TotalCount);

/// <summary>
/// The filters of the audit log and its export; empty ones are left out. The person is text (part of a name or an
/// e-mail address) that identity checks and names in its 400 when it is bad.
/// </summary>
public sealed record AuditFilter(string? Person, string? Category, string? Action, DateTimeOffset? From, DateTimeOffset? To)
{
    public static readonly AuditFilter None = new(null, null, null, null, null);

    public (string Name, string? Value)[] Parameters() =>
    [
        ("person", Person?.Trim()),
        ("category", Category),
        ("action", Action),
        ("from", From?.UtcDateTime.ToString("O", CultureInfo.InvariantCulture)),
        ("to", To?.UtcDateTime.ToString("O", CultureInfo.InvariantCulture)),
    ];
}

/// <summary>
/// The audit filters as the export link carries them: text, passed on to identity as written, so that identity
/// checks each one and names a bad one (<see cref="AuditFilter.Parameters"/> writes them).
/// </summary>
public sealed record AuditExportQuery(string? Person, string? Category, string? Action, string? From, string? To)
{
    public static AuditExportQuery Of(IQueryCollection query) =>
        new(query["person"].FirstOrDefault(), query["category"].FirstOrDefault(), query["action"].FirstOrDefault(),
            query["from"].FirstOrDefault(), query["to"].FirstOrDefault());

    public (string Name, string? Value)[] Parameters() =>
        [("person", Person), ("category", Category), ("action", Action), ("from", From), ("to", To)];
}

public sealed record DepartmentNameDto(string Name);

/// <summary>Provider staff: all customers, or the listed ones.</summary>
public sealed record AccessibleAccountsDto(bool All, IReadOnlyList<Guid>? CustomerIds);

public sealed record StaffUserDto(
    Guid Id, string Email, string FirstName, string LastName, string Role, Guid? CustomRoleId, string State, AccessibleAccountsDto? AccessibleAccounts);

/// <summary>A role the provider hands out: built-in (no id) or custom.</summary>
public sealed record RoleDto(Guid? Id, string Name, string Role, bool BuiltIn, IReadOnlyList<string> Permissions);

public sealed record CreateStaffDto(string FirstName, string LastName, string Email, string Language, string Role, Guid? CustomRoleId, bool SendInvitation);

public sealed record CreateRoleDto(string Name, IReadOnlyList<string> Permissions);

/// <summary>The body of <c>PATCH /api/identity/users/{id}</c> that changes only the role.</summary>
public sealed record ChangeRoleDto(string Role, Guid? CustomRoleId);

/// <summary>The body of <c>PATCH /api/identity/users/{id}</c> that changes only a staff member's accessible accounts.</summary>
public sealed record UpdateAccessibleAccountsDto(AccessibleAccountsDto AccessibleAccounts);
