using Microsoft.AspNetCore.Builder;
using Portal.Contracts.Security;

namespace Portal.ServiceDefaults.Security;

public static class AuthorizationEndpointExtensions
{
    /// <summary>Requires an authenticated caller whose token grants <paramref name="permission"/> (else 403).</summary>
    public static TBuilder RequirePermission<TBuilder>(this TBuilder endpoint, string permission) where TBuilder : IEndpointConventionBuilder =>
        endpoint.RequireAuthorization(policy => policy
            .RequireAuthenticatedUser()
            .RequireClaim(PortalClaimTypes.Permissions, permission));

    /// <summary>Requires a caller from the provider organization (else 403).</summary>
    public static TBuilder RequireProviderStaff<TBuilder>(this TBuilder endpoint) where TBuilder : IEndpointConventionBuilder =>
        endpoint.RequireAuthorization(policy => policy
            .RequireAuthenticatedUser()
            .RequireClaim(PortalClaimTypes.OrganizationKind, OrganizationKinds.Provider));
}
