using Portal.Contracts.Security;

namespace Identity.Api.Application;

/// <summary>
/// Who may view the portal as whom (DOMAIN.md, "Impersonation"): provider staff with
/// users.impersonate, as an active customer user with access of a managed customer they can see;
/// never provider staff, never another provider's customers. Full access needs users.impersonate.full.
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

    public static AccessDecision ToImpersonate(UserAccess caller, UserAccess? subject)
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

        if (subject.Organization.Independent)
        {
            return AccessDecision.Forbidden(AccessProblems.IndependentCustomerNotImpersonated);
        }

        return subject.CanSignIn
            ? AccessDecision.Allowed
            : AccessDecision.Forbidden(AccessProblems.SubjectCannotSignIn);
    }

    public static string Describe(bool fullAccess, DateTimeOffset expiresAt) =>
        $"{(fullAccess ? "full access" : "read-only")}, until {expiresAt:yyyy-MM-dd HH:mm:ss}Z";
}
