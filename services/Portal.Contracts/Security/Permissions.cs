namespace Portal.Contracts.Security;

/// <summary>
/// Permission names as they appear in the <c>permissions</c> claim. The identity service owns the
/// catalogue and the roles; the other services only check for these names.
/// </summary>
public static class Permissions
{
    public const string DepartmentsRead = "departments.read";
    public const string DepartmentsManage = "departments.manage";
}
