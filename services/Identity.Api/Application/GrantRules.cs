using Identity.Api.Model;
using Identity.Api.Security;
using Portal.Contracts.Security;

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
    public static string? Role(UserAccess caller, string organizationKind, string role, CustomRole? customRole)
    {
        if (organizationKind == OrganizationKinds.Customer && caller.IsProviderStaff)
        {
            return null;
        }

        var missing = RoleCatalog.PermissionsOf(organizationKind, role, customRole).Except(caller.Permissions).ToList();
        return missing.Count == 0 ? null : $"You cannot grant permissions you do not hold: {string.Join(", ", missing)}.";
    }

    /// <summary>Custom roles are composed only from permissions the composer holds.</summary>
    public static string? Permissions(UserAccess caller, IEnumerable<string> permissions)
    {
        var missing = permissions.Except(caller.Permissions).ToList();
        return missing.Count == 0 ? null : $"You cannot grant permissions you do not hold: {string.Join(", ", missing)}.";
    }

    /// <summary>Changing or removing a colleague who holds more than the caller would be a way up.</summary>
    public static string? Target(UserAccess caller, UserAccess target) =>
        target.IsProviderStaff && target.Permissions.Except(caller.Permissions).Any()
            ? "This user holds permissions you do not hold."
            : null;

    /// <summary>A customer's administrator hands out only portal areas and objects they have themselves.</summary>
    public static string? CustomerScope(UserAccess caller, IReadOnlyCollection<string> portalAreas, IReadOnlyCollection<Guid> objectIds) =>
        CustomerScopeRefusal(caller, portalAreas, objectIds)?.Reason;

    /// <summary>As <see cref="CustomerScope"/>, naming the field refused, so that forms show the reason beside it.</summary>
    public static (string Field, string Reason)? CustomerScopeRefusal(UserAccess caller, IReadOnlyCollection<string> portalAreas, IReadOnlyCollection<Guid> objectIds)
    {
        if (caller.IsProviderStaff)
        {
            return null;
        }

        if (portalAreas.Except(caller.User.PortalAreas).Any())
        {
            return ("portalAreas", "You cannot open portal areas to others that you cannot open yourself.");
        }

        var callerObjects = caller.User.ObjectIds;
        return callerObjects.Count > 0 && (objectIds.Count == 0 || objectIds.Except(callerObjects).Any())
            ? ("objectIds", "You cannot assign objects you do not see yourself.")
            : null;
    }

    /// <summary>Accessible accounts and departments: only within the caller's own.</summary>
    public static string? StaffScope(UserAccess caller, bool allCustomers, IReadOnlyCollection<Guid> departmentIds)
    {
        var callerSeesAll = caller.User.AllCustomers && caller.User.Role != Roles.DepartmentAdministrator;
        if (allCustomers && !callerSeesAll)
        {
            return "You cannot grant access to all customers: you do not have it yourself.";
        }

        return caller.User.Role == Roles.DepartmentAdministrator && departmentIds.Except(caller.User.DepartmentIds).Any()
            ? "You cannot grant departments you are not limited to yourself."
            : null;
    }
}
