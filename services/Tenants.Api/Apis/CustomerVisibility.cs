using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Portal.Contracts.Security;
using Portal.ServiceDefaults.Security;
using Tenants.Api.Infrastructure;
using Tenants.Api.Model;

namespace Tenants.Api.Apis;

/// <summary>Which customers a caller may see; every customer query starts here.</summary>
public static class CustomerVisibility
{
    /// <summary>
    /// The customers the caller may see, or null when the caller may not read customers at all.
    /// Customer users see their own organization. Provider staff with <c>customers.read</c> (or
    /// <c>customers.manage</c>) see their provider's customers, narrowed by the scope identity
    /// published for them: their accessible accounts, and for department administrators their
    /// departments. Staff of whom no scope is known yet see all of their provider's customers:
    /// identity publishes scopes only once it lets administrators restrict them.
    /// </summary>
    public static async Task<IQueryable<Customer>?> VisibleCustomersAsync(this TenantsDbContext db, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        if (user.GetOrganizationId() is not { } organizationId)
        {
            return null;
        }

        if (user.HasClaim(PortalClaimTypes.OrganizationKind, OrganizationKinds.Customer))
        {
            return db.Customers.Where(c => c.Id == organizationId);
        }

        if (!user.IsProviderStaff() || !(user.HasPermission(Permissions.CustomersRead) || user.HasPermission(Permissions.CustomersManage)))
        {
            return null;
        }

        var customers = db.Customers.Where(c => c.ProviderId == organizationId);
        var scope = await db.StaffScopeAsync(user, cancellationToken);
        if (scope is null)
        {
            return customers;
        }

        if (!scope.Active || scope.OrganizationId != organizationId)
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

    /// <summary>What identity last published about the calling staff member, if anything.</summary>
    public static async Task<UserScope?> StaffScopeAsync(this TenantsDbContext db, ClaimsPrincipal user, CancellationToken cancellationToken) =>
        user.GetUserId() is { } userId
            ? await db.UserScopes.AsNoTracking().FirstOrDefaultAsync(s => s.UserId == userId, cancellationToken)
            : null;
}
