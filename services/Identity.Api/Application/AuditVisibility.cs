using Identity.Api.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Portal.Contracts.Security;

namespace Identity.Api.Application;

/// <summary>Whose audit log a caller with audit.read may read.</summary>
public static class AuditVisibility
{
    /// <summary>
    /// Customer administrators: their own organization. Provider staff: their provider and the
    /// customers they can see (accessible accounts, departments).
    /// </summary>
    public static async Task<IReadOnlyList<Guid>> OrganizationsAsync(UserAccess caller, IdentityDbContext db, CancellationToken cancellationToken)
    {
        if (!caller.IsProviderStaff)
        {
            return [caller.Organization.Id];
        }

        var customers = await db.Organizations.AsNoTracking()
            .Where(o => o.ProviderId == caller.Organization.Id && o.Kind == OrganizationKinds.Customer)
            .ToListAsync(cancellationToken);
        return [caller.Organization.Id, .. customers.Where(c => OrganizationAccess.CanSeeCustomer(caller, c)).Select(c => c.Id)];
    }
}
