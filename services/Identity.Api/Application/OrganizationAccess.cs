using Identity.Api.Infrastructure;
using Identity.Api.Model;
using Microsoft.EntityFrameworkCore;
using Portal.Contracts.Organizations;
using Portal.Contracts.Security;

namespace Identity.Api.Application;

/// <summary>Who may see and administer which organization's users (DOMAIN.md, "People and access").</summary>
public static class OrganizationAccess
{
    /// <summary>
    /// A customer is accessible to provider staff when it is their provider's, not archived, in their
    /// accessible accounts and, for department administrators, in one of their departments.
    /// </summary>
    public static bool CanSeeCustomer(UserAccess caller, Organization customer) =>
        caller.IsProviderStaff
        && customer.Kind == OrganizationKinds.Customer
        && customer.ProviderId == caller.Organization.Id
        && customer.ArchivedAt is null
        && (caller.User.Role != Roles.DepartmentAdministrator
            || (customer.DepartmentId is { } department && caller.User.DepartmentIds.Contains(department)))
        && (caller.User.AllCustomers || caller.User.CustomerIds.Contains(customer.Id));

    /// <summary>
    /// The ids of the provider's customers (staff callers only) for which <paramref name="allowed"/> holds: one
    /// query of the provider's customers, the rule decided in C# as everywhere else.
    /// </summary>
    public static async Task<List<Guid>> ProviderCustomersAsync(
        UserAccess caller, IdentityDbContext db, Func<Organization, bool> allowed, CancellationToken cancellationToken)
    {
        var customers = await db.Organizations.AsNoTracking()
            .Where(o => o.ProviderId == caller.Organization.Id && o.Kind == OrganizationKinds.Customer)
            .ToListAsync(cancellationToken);
        return [.. customers.Where(allowed).Select(c => c.Id)];
    }

    /// <summary>
    /// Team management: customer administrators for their own organization, provider staff with
    /// users.manage for their provider's staff and for the managed, corporate customers they can see.
    /// </summary>
    public static AccessDecision ToAdministerUsers(UserAccess caller, Organization? organization, bool readOnly = false)
    {
        if (organization is null)
        {
            return AccessDecision.NotFound;
        }

        if (organization.Id == caller.Organization.Id)
        {
            var permission = caller.IsProviderStaff ? (readOnly ? Permissions.UsersRead : Permissions.UsersManage) : Permissions.TeamManage;
            return caller.Has(permission) ? AccessDecision.Allowed : AccessDecision.Forbidden(AccessProblems.ManagingUsersNeedsPermission.WithDetail(permission));
        }

        if (!CanSeeCustomer(caller, organization))
        {
            return AccessDecision.NotFound;
        }

        var needed = readOnly ? Permissions.UsersRead : Permissions.UsersManage;
        return !caller.Has(needed)
            ? AccessDecision.Forbidden(AccessProblems.NeedsPermission.WithDetail(needed))
            : CustomerAdmitsProvider(organization);
    }

    /// <summary>Provider staff inviting users to a customer (tab Invitations).</summary>
    public static AccessDecision ToInvite(UserAccess caller, Organization? customer)
    {
        if (customer is null || !CanSeeCustomer(caller, customer))
        {
            return AccessDecision.NotFound;
        }

        return !caller.Has(Permissions.InvitationsManage)
            ? AccessDecision.Forbidden(AccessProblems.InvitingNeedsPermission.WithDetail(Permissions.InvitationsManage))
            : CustomerAdmitsProvider(customer);
    }

    private static AccessDecision CustomerAdmitsProvider(Organization customer)
    {
        if (customer.CustomerType != CustomerTypes.Corporate)
        {
            return AccessDecision.Conflict(AccessProblems.IndividualCustomerHasNoUsers);
        }

        return customer.Independent
            ? AccessDecision.Conflict(AccessProblems.CustomerAdministersOwnUsers)
            : AccessDecision.Allowed;
    }
}
