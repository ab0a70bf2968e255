using Identity.Api.Model;
using Identity.Api.Security;
using Portal.Contracts.Security;
using Portal.ServiceDefaults.Errors;

namespace Identity.Api.Application;

/// <summary>
/// Nobody grants more than they hold: each rule answers why a grant is refused (403), or null.
/// </summary>
public static class GrantRules
{
    /// <summary>
    /// A provider role (built-in or custom) only when the caller holds every permission in it. Customer
    /// roles: provider staff who may manage a customer's users hand out any of them; a customer's
    /// administrator holds every customer permission, a moderator none of team management.
    /// </summary>
    public static ProblemMessage? Role(UserAccess caller, string organizationKind, string role, CustomRole? customRole)
    {
        if (organizationKind == OrganizationKinds.Customer && caller.IsProviderStaff)
        {
            return null;
        }

        var missing = RoleCatalog.PermissionsOf(organizationKind, role, customRole).Except(caller.Permissions).ToList();
        return missing.Count == 0 ? null : AccessProblems.PermissionsNotHeld.WithDetail(string.Join(", ", missing));
    }

    /// <summary>Custom roles are composed only from permissions the composer holds.</summary>
    public static ProblemMessage? Permissions(UserAccess caller, IEnumerable<string> permissions)
    {
        var missing = permissions.Except(caller.Permissions).ToList();
        return missing.Count == 0 ? null : AccessProblems.PermissionsNotHeld.WithDetail(string.Join(", ", missing));
    }

    /// <summary>Changing or removing a colleague who holds more than the caller would be a way up.</summary>
    public static ProblemMessage? Target(UserAccess caller, UserAccess target) =>
        target.IsProviderStaff && target.Permissions.Except(caller.Permissions).Any()
            ? AccessProblems.TargetHoldsMore
            : null;

    /// <summary>A customer's administrator hands out only portal areas and objects they have themselves.</summary>
    public static ProblemMessage? CustomerScope(UserAccess caller, IReadOnlyCollection<string> portalAreas, IReadOnlyCollection<Guid> objectIds) =>
        CustomerScopeRefusal(caller, portalAreas, objectIds)?.Reason;

    /// <summary>As <see cref="CustomerScope"/>, naming the field refused, so that forms show the reason beside it.</summary>
    public static (string Field, ProblemMessage Reason)? CustomerScopeRefusal(UserAccess caller, IReadOnlyCollection<string> portalAreas, IReadOnlyCollection<Guid> objectIds)
    {
        if (caller.IsProviderStaff)
        {
            return null;
        }

        if (portalAreas.Except(caller.User.PortalAreas).Any())
        {
            return ("portalAreas", AccessProblems.PortalAreasNotOwn);
        }

        var callerObjects = caller.User.ObjectIds;
        return callerObjects.Count > 0 && (objectIds.Count == 0 || objectIds.Except(callerObjects).Any())
            ? ("objectIds", AccessProblems.ObjectsNotOwn)
            : null;
    }

    /// <summary>Accessible accounts and departments: only within the caller's own.</summary>
    public static ProblemMessage? StaffScope(UserAccess caller, bool allCustomers, IReadOnlyCollection<Guid> departmentIds)
    {
        var callerSeesAll = caller.User.AllCustomers && caller.User.Role != Roles.DepartmentAdministrator;
        if (allCustomers && !callerSeesAll)
        {
            return AccessProblems.AllCustomersNotOwn;
        }

        return caller.User.Role == Roles.DepartmentAdministrator && departmentIds.Except(caller.User.DepartmentIds).Any()
            ? AccessProblems.DepartmentsNotOwn
            : null;
    }
}
