using System.Security.Claims;
using Microsoft.IdentityModel.JsonWebTokens;
using Portal.Contracts.Security;

namespace Portal.Web.Authentication;

/// <summary>
/// The cookie's principal, built from an access token: it carries what the app needs for its
/// navigation (organization kind, role, permissions, locale) and the key of the session's tokens.
/// </summary>
public static class SessionPrincipal
{
    public static ClaimsPrincipal From(string accessToken, string sessionId, string authenticationType, params Claim[] extra)
    {
        var token = new JsonWebToken(accessToken);
        var identity = new ClaimsIdentity(token.Claims.Where(IsUserClaim), authenticationType, "name", PortalClaimTypes.Role);
        identity.AddClaim(new Claim(SessionClaims.SessionId, sessionId));
        identity.AddClaims(extra);
        return new ClaimsPrincipal(identity);
    }

    private static bool IsUserClaim(Claim claim) => claim.Type is
        "name" or "email" or "preferred_username" or PortalClaimTypes.Subject or PortalClaimTypes.OrganizationId
        or PortalClaimTypes.OrganizationKind or PortalClaimTypes.Role or PortalClaimTypes.Permissions
        or PortalClaimTypes.Locale or PortalClaimTypes.Actor;
}
