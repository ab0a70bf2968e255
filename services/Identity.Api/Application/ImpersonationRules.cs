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
            return AccessDecision.Forbidden($"Viewing the portal as another user needs the permission {Permissions.UsersImpersonate}.");
        }

        return fullAccess && !caller.Has(Permissions.UsersImpersonateFullAccess)
            ? AccessDecision.Forbidden($"Impersonation with full access needs the permission {Permissions.UsersImpersonateFullAccess}.")
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
            return AccessDecision.Forbidden("Only customer users can be impersonated, not provider staff.");
        }

        if (!OrganizationAccess.CanSeeCustomer(caller, subject.Organization))
        {
            return AccessDecision.NotFound;
        }

        if (subject.Organization.Independent)
        {
            return AccessDecision.Forbidden("This customer administers its own users; its users cannot be impersonated by the provider.");
        }

        return subject.CanSignIn
            ? AccessDecision.Allowed
            : AccessDecision.Forbidden("This user cannot sign in (deactivated or without access), so there is nothing to view as them.");
    }

    public static string Describe(bool fullAccess, DateTimeOffset expiresAt) =>
        $"{(fullAccess ? "full access" : "read-only")}, until {expiresAt:yyyy-MM-dd HH:mm:ss}Z";
}
