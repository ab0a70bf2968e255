using System.Collections.Immutable;
using System.Security.Claims;
using Identity.Api.Infrastructure;
using Microsoft.IdentityModel.Tokens;
using OpenIddict.Abstractions;
using Portal.Contracts.Security;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Identity.Api.Application;

/// <summary>
/// Builds the claims of a Portal access token from the user's current state, at sign-in and at every
/// refresh, so that a change of role or permissions takes effect on the next refresh at the latest.
/// </summary>
public static class TokenPrincipalFactory
{
    /// <param name="proof">How the person signed in; every token of one sign-in carries the same.</param>
    public static ClaimsPrincipal Create(UserAccess access, ImmutableArray<string> scopes, SignInProof? proof = null)
    {
        var user = access.User;
        var identity = new ClaimsIdentity(TokenValidationParameters.DefaultAuthenticationType, Claims.Name, Claims.Role);
        identity.SetClaim(Claims.Subject, user.Id.ToString())
            .SetClaim(Claims.Email, user.Email)
            .SetClaim(Claims.Name, user.FullName)
            .SetClaim(Claims.PreferredUsername, user.UserName)
            .SetClaim(PortalClaimTypes.OrganizationId, user.OrganizationId.ToString())
            .SetClaim(PortalClaimTypes.OrganizationKind, access.Organization.Kind)
            .SetClaim(PortalClaimTypes.Role, user.Role)
            .SetClaim(PortalClaimTypes.Locale, user.Language)
            .SetClaims(PortalClaimTypes.Permissions, [.. access.Permissions]);
        proof?.WriteTo(identity);

        identity.SetScopes(scopes);
        identity.SetAudiences(IdentityServerOptions.Audience);
        identity.SetDestinations(claim => DestinationsOf(claim, scopes));
        return new ClaimsPrincipal(identity);
    }

    /// <summary>A service calling on its own behalf: its client id is the subject; it has no organization.</summary>
    public static ClaimsPrincipal CreateForClient(string clientId, ImmutableArray<string> scopes)
    {
        var identity = new ClaimsIdentity(TokenValidationParameters.DefaultAuthenticationType, Claims.Name, Claims.Role);
        identity.SetClaim(Claims.Subject, clientId).SetClaim(Claims.Name, clientId);
        identity.SetScopes(scopes);
        identity.SetAudiences(IdentityServerOptions.Audience);
        identity.SetDestinations(_ => [Destinations.AccessToken]);
        return new ClaimsPrincipal(identity);
    }

    // Every claim goes into the access token, which the services read. The identity token says who the
    // user is, as far as the client asked (profile, email), and how they signed in.
    private static IEnumerable<string> DestinationsOf(Claim claim, ImmutableArray<string> scopes) => claim.Type switch
    {
        Claims.AuthenticationTime or Claims.AuthenticationMethodReference => [Destinations.IdentityToken],
        Claims.Name or Claims.PreferredUsername or PortalClaimTypes.Locale when scopes.Contains(Scopes.Profile) =>
            [Destinations.AccessToken, Destinations.IdentityToken],
        Claims.Email when scopes.Contains(Scopes.Email) => [Destinations.AccessToken, Destinations.IdentityToken],
        _ => [Destinations.AccessToken],
    };
}
