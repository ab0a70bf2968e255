using Identity.Api.Infrastructure;
using Identity.Api.Model;

namespace Identity.Api.Application;

/// <summary>What a change of role or scope (PATCH users) puts into the audit log: only what really changed.</summary>
public static class UserChanges
{
    public sealed record State(string Role, Guid? CustomRoleId, string PortalAreas, string ObjectIds, string AccessibleAccounts, string DepartmentIds);

    public static State Snapshot(User user) => new(
        user.Role,
        user.CustomRoleId,
        Join(user.PortalAreas),
        Join(user.ObjectIds),
        user.AllCustomers ? "all" : Join(user.CustomerIds),
        Join(user.DepartmentIds));

    public static void Audit(AuditLog audit, IdentityDbContext db, State before, User user, Guid actorUserId, Guid? impersonatorUserId)
    {
        var after = Snapshot(user);
        if (before.Role != after.Role || before.CustomRoleId != after.CustomRoleId)
        {
            audit.Add(db, AuditActions.RoleChanged, user.OrganizationId, actorUserId, user.Id,
                $"role {before.Role} -> {after.Role}", impersonatorUserId);
        }

        var scope = new List<string>();
        Compare(scope, "portal areas", before.PortalAreas, after.PortalAreas);
        Compare(scope, "objects", before.ObjectIds, after.ObjectIds);
        Compare(scope, "accessible accounts", before.AccessibleAccounts, after.AccessibleAccounts);
        Compare(scope, "departments", before.DepartmentIds, after.DepartmentIds);
        if (scope.Count > 0)
        {
            audit.Add(db, AuditActions.ScopeChanged, user.OrganizationId, actorUserId, user.Id, string.Join("; ", scope), impersonatorUserId);
        }
    }

    private static void Compare(List<string> changes, string what, string before, string after)
    {
        if (before != after)
        {
            changes.Add($"{what}: [{before}] -> [{after}]");
        }
    }

    private static string Join<T>(IEnumerable<T> values) => string.Join(", ", values.Select(v => v!.ToString()).Order(StringComparer.Ordinal));
}
