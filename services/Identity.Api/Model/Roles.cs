namespace Identity.Api.Model;

/// <summary>Role names as they appear in the <c>role</c> claim and the API; the organization kind tells provider from customer roles.</summary>
public static class Roles
{
    // Provider staff.
    public const string Administrator = "administrator";
    public const string DepartmentAdministrator = "department-administrator";
    public const string ContentCreator = "content-creator";
    public const string Custom = "custom";

    // Customer users (Administrator is shared by name, told apart by the organization kind).
    public const string Member = "member";
    public const string Moderator = "moderator";

    public static readonly IReadOnlyList<string> ProviderRoles = [Administrator, DepartmentAdministrator, ContentCreator, Custom];
    public static readonly IReadOnlyList<string> CustomerRoles = [Member, Moderator, Administrator];
}
