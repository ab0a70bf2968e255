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

        var customers = await OrganizationAccess.ProviderCustomersAsync(caller, db, c => OrganizationAccess.CanSeeCustomer(caller, c), cancellationToken);
        return [caller.Organization.Id, .. customers];
    }
}
