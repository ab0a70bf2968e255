using Identity.Api.Apis;
using Identity.Api.Model;
using Portal.Contracts.Security;

namespace Identity.Api.Application;

/// <summary>
/// Who may view the portal as whom (DOMAIN.md, "Impersonation"): provider staff with
/// users.impersonate, as an active customer user with access of a customer they can see; never provider
/// staff, never another provider's customers. Full access needs users.impersonate.full. A customer that
/// decides on support access (independent ones always) is viewed only within a window its administrators
/// approved (<see cref="SupportAccessRequest"/>).
/// </summary>
public static class ImpersonationRules
{
    /// <summary>Checks that need no subject, so that they reveal nothing about it.</summary>
    public static AccessDecision ToStart(UserAccess caller, bool fullAccess)
    {
        if (!caller.IsProviderStaff || !caller.Has(Permissions.UsersImpersonate))
        {
            return AccessDecision.Forbidden(AccessProblems.ImpersonationNeedsPermission.WithDetail(Permissions.UsersImpersonate));
        }

        return fullAccess && !caller.Has(Permissions.UsersImpersonateFullAccess)
            ? AccessDecision.Forbidden(AccessProblems.FullAccessImpersonationNeedsPermission.WithDetail(Permissions.UsersImpersonateFullAccess))
            : AccessDecision.Allowed;
    }

    /// <param name="approval">
    /// The caller's active support access request for the subject's customer, if any: a customer that decides on
    /// support access (independent, or by its security policy) is viewed only within one, as the user it names.
    /// </param>
    public static AccessDecision ToImpersonate(UserAccess caller, UserAccess? subject, SupportAccessRequest? approval, bool fullAccess)
    {
        if (subject is null)
        {
            return AccessDecision.NotFound;
        }

        if (subject.Organization.Id == caller.Organization.Id)
        {
            // The caller's own colleagues: they exist for the caller anyway.
            return AccessDecision.Forbidden(AccessProblems.OnlyCustomerUsersImpersonated);
        }

        if (!OrganizationAccess.CanSeeCustomer(caller, subject.Organization))
        {
            return AccessDecision.NotFound;
        }

        if (subject.Organization.DecidesSupportAccess)
        {
            if (approval is null)
            {
                return AccessDecision.Forbidden(SupportAccessProblems.NeedsApproval);
            }

            if (approval.SubjectUserId != subject.User.Id)
            {
                return AccessDecision.Forbidden(SupportAccessProblems.ApprovedForAnotherUser);
            }

            if (fullAccess && !approval.FullAccess)
            {
                return AccessDecision.Forbidden(SupportAccessProblems.ApprovedReadOnly);
            }
        }

        return subject.CanSignIn
            ? AccessDecision.Allowed
            : AccessDecision.Forbidden(AccessProblems.SubjectCannotSignIn);
    }
}
