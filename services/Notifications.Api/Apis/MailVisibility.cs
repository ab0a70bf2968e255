using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Notifications.Api.Infrastructure;
using Notifications.Api.Model;
using Portal.Contracts.Security;
using Portal.ServiceDefaults.Security;

namespace Notifications.Api.Apis;

/// <summary>Which organizations' users a caller administers, for mail status and employees' preferences.</summary>
public static class MailVisibility
{
    /// <summary>
    /// A customer administrator (<c>team.manage</c>): their own organization. Provider staff with
    /// <c>users.read</c>: their provider's customers, narrowed by the scope identity published for them
    /// (accessible accounts, departments); with <paramref name="managedOnly"/> only customers that are not
    /// independent. Anyone else: null (403).
    /// </summary>
    public static async Task<Guid[]?> AdministeredOrganizationsAsync(
        this NotificationsDbContext db, ClaimsPrincipal user, string staffPermission, CancellationToken cancellationToken, bool managedOnly = false)
    {
        if (user.GetOrganizationId() is not { } organizationId || user.GetUserId() is not { } userId)
        {
            return null;
        }

        if (!user.IsProviderStaff())
        {
            return user.HasPermission(Permissions.TeamManage) ? [organizationId] : null;
        }

        if (!user.HasPermission(staffPermission))
        {
            return null;
        }

        var customers = db.Customers.Where(c => c.ProviderId == organizationId);

        // An independent customer administers its own users: the provider keeps serving it, but not deciding for them.
        if (managedOnly)
        {
            customers = customers.Where(c => !c.Independent);
        }
        var scope = await db.Recipients.AsNoTracking().SingleOrDefaultAsync(r => r.UserId == userId, cancellationToken);
        if (scope is { OrganizationKind: OrganizationKinds.Provider })
        {
            customers = Narrow(customers, scope);
        }

        return await customers.Select(c => c.Id).ToArrayAsync(cancellationToken);
    }

    /// <summary>Staff identity has told about: deactivated sees nothing; else their accounts and departments.</summary>
    private static IQueryable<Customer> Narrow(IQueryable<Customer> customers, Recipient scope)
    {
        if (scope.Deactivated || scope.OrganizationId == Guid.Empty)
        {
            return customers.Where(c => false);
        }

        if (!scope.AllCustomers)
        {
            var accessible = scope.CustomerIds;
            customers = customers.Where(c => accessible.Contains(c.Id));
        }

        if (scope.DepartmentIds.Count > 0)
        {
            var departments = scope.DepartmentIds;
            customers = customers.Where(c => c.DepartmentId != null && departments.Contains(c.DepartmentId.Value));
        }

        return customers;
    }
}
