using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Portal.Contracts.Security;
using Portal.ServiceDefaults.Security;
using Tenants.Api.Infrastructure;
using Tenants.Api.Model;

namespace Tenants.Api.Apis;

/// <summary>Which customers a caller may see; every customer query starts here (one per request).</summary>
public sealed class CustomerVisibility(TenantsDbContext db, IdentityAccessLookup identity, TimeProvider clock)
{
    private UserScope? _staffScope;

    /// <summary>
    /// The customers the caller may see, or null when the caller may not read customers at all.
    /// Customer users see their own organization. Provider staff with <c>customers.read</c> (or
    /// <c>customers.manage</c>) see their provider's customers, narrowed by their scope
    /// (<see cref="StaffScopeAsync"/>): their accessible accounts, and for department administrators
    /// their departments.
    /// </summary>
    public async Task<IQueryable<Customer>?> VisibleCustomersAsync(ClaimsPrincipal user, CancellationToken cancellationToken)
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
        var scope = await StaffScopeAsync(user, cancellationToken);
        if (!scope.Active)
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

    /// <summary>
    /// What identity last published about the calling staff member; until its event has arrived,
    /// what identity answers when asked; when it cannot answer, <see cref="UserScope.Unknown"/>:
    /// no customers, nothing to act on (fail closed, never the provider's every customer).
    /// </summary>
    public async Task<UserScope> StaffScopeAsync(ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        if (_staffScope is not null)
        {
            return _staffScope;
        }

        var userId = user.GetUserId() ?? Guid.Empty;
        var organizationId = user.GetOrganizationId() ?? Guid.Empty;
        var scope = await db.UserScopes.AsNoTracking().FirstOrDefaultAsync(s => s.UserId == userId, cancellationToken)
            ?? (await identity.CallerAccessAsync(user, cancellationToken) is { } answer ? UserScope.From(answer, clock.GetUtcNow()) : null);
        // A scope of another organization (the user moved) or of a deleted user says nothing about this token.
        _staffScope = scope is { IsDeleted: false } && scope.OrganizationId == organizationId
            ? scope
            : UserScope.Unknown(userId, organizationId, OrganizationKinds.Provider);
        return _staffScope;
    }
}
