using System.Security.Claims;
using Portal.Contracts.Security;

namespace Portal.ServiceDefaults.Security;

public static class ClaimsPrincipalExtensions
{
    public static Guid? GetOrganizationId(this ClaimsPrincipal user) =>
        Guid.TryParse(user.FindFirstValue(PortalClaimTypes.OrganizationId), out var id) ? id : null;

    public static Guid? GetUserId(this ClaimsPrincipal user) =>
        Guid.TryParse(user.FindFirstValue(PortalClaimTypes.Subject), out var id) ? id : null;

    public static bool IsProviderStaff(this ClaimsPrincipal user) =>
        user.HasClaim(PortalClaimTypes.OrganizationKind, OrganizationKinds.Provider);

    public static bool HasPermission(this ClaimsPrincipal user, string permission) =>
        user.HasClaim(PortalClaimTypes.Permissions, permission);
}
