using Identity.Api.Apis;
using Identity.Api.Model;
using Portal.Contracts.Organizations;
using Portal.Contracts.Security;

namespace Identity.Api.Application;

/// <summary>
/// Who may ask a customer for support access, who answers, who sees the requests and who ends them. Staff see a
/// customer's requests only where they see the customer (<see cref="OrganizationAccess.CanSeeCustomer"/>); the
/// customer's administrators (team.manage) see and answer their own organization's. Anyone else gets 404: other
/// organizations' requests are never confirmed.
/// </summary>
public static class SupportAccessRules
{
    public static AccessDecision ToRequest(UserAccess caller, Organization? customer, bool fullAccess)
    {
        var start = ImpersonationRules.ToStart(caller, fullAccess);
        if (!start.IsAllowed)
        {
            return start;
        }

        if (customer is null || !OrganizationAccess.CanSeeCustomer(caller, customer))
        {
            return AccessDecision.NotFound;
        }

        if (customer.CustomerType != CustomerTypes.Corporate)
        {
            return AccessDecision.Conflict(AccessProblems.IndividualCustomerHasNoUsers);
        }

        return customer.DecidesSupportAccess ? AccessDecision.Allowed : AccessDecision.Conflict(SupportAccessProblems.NotNeeded);
    }

    public static bool CanRead(UserAccess caller, Organization customer) =>
        IsCustomerAdministrator(caller, customer)
        || (OrganizationAccess.CanSeeCustomer(caller, customer) && (caller.Has(Permissions.UsersImpersonate) || caller.Has(Permissions.UsersRead)));

    /// <summary>Approving and refusing: the customer's own administrators, nobody else.</summary>
    public static AccessDecision ToDecide(UserAccess caller, Organization customer)
    {
        if (IsCustomerAdministrator(caller, customer))
        {
            return AccessDecision.Allowed;
        }

        return CanRead(caller, customer) ? AccessDecision.Forbidden(SupportAccessProblems.OnlyTheCustomerDecides) : AccessDecision.NotFound;
    }

    /// <summary>Ending: the customer's administrators end a window; the requester ends their own or withdraws it.</summary>
    public static AccessDecision ToEnd(UserAccess caller, Organization customer, SupportAccessRequest request)
    {
        if (IsCustomerAdministrator(caller, customer) || (request.RequestedByUserId == caller.User.Id && CanRead(caller, customer)))
        {
            return AccessDecision.Allowed;
        }

        return CanRead(caller, customer) ? AccessDecision.Forbidden(SupportAccessProblems.OnlyTheCustomerDecides) : AccessDecision.NotFound;
    }

    private static bool IsCustomerAdministrator(UserAccess caller, Organization customer) =>
        !caller.IsProviderStaff && caller.Organization.Id == customer.Id && caller.Has(Permissions.TeamManage);
}
