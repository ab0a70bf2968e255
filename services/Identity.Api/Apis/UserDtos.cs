namespace Identity.Api.Apis;

public sealed record CreateUserRequest(
    string? FirstName,
    string? LastName,
    string? Email,
    string? Language,
    string? Role,
    Guid? CustomRoleId,
    bool SendInvitation,
    IReadOnlyList<string>? PortalAreas,
    IReadOnlyList<Guid>? ObjectIds,
    IReadOnlyList<string>? EmailCategories = null);

/// <summary>Every field is optional: what is given changes, the rest stays.</summary>
public sealed record UpdateUserRequest(
    string? Role,
    Guid? CustomRoleId,
    string? AccountName,
    IReadOnlyList<string>? PortalAreas,
    IReadOnlyList<Guid>? ObjectIds,
    AccessibleAccounts? AccessibleAccounts,
    IReadOnlyList<Guid>? DepartmentIds);

/// <summary>Provider staff: all customers, or the listed ones.</summary>
public sealed record AccessibleAccounts(bool All, IReadOnlyList<Guid>? CustomerIds);

public sealed record UserResponse(
    Guid Id,
    Guid OrganizationId,
    string Email,
    string AccountName,
    string FirstName,
    string LastName,
    string Language,
    string Role,
    Guid? CustomRoleId,
    string State,
    IReadOnlyList<string> PortalAreas,
    IReadOnlyList<Guid> ObjectIds,
    AccessibleAccounts? AccessibleAccounts,
    IReadOnlyList<Guid> DepartmentIds,
    IReadOnlyList<string> LoginTypes,
    IReadOnlyList<string> EmailCategories);

/// <summary>How a user signs in, as administrators see it: <c>password</c> and the schemes of linked providers.</summary>
public static class LoginTypes
{
    public const string Password = "password";
}

public sealed record PasswordLinkResponse(DateTimeOffset ExpiresAt);

/// <summary>What a person sees about a user's access: "no access" is an employee who only receives e-mails.</summary>
public static class UserStates
{
    public const string Active = "active";
    public const string Invited = "invited";
    public const string NoAccess = "no-access";
    public const string Deactivated = "deactivated";
}
