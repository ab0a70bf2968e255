using Identity.Api.Application;
using Identity.Api.Infrastructure;
using Identity.Api.Model;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using OpenIddict.Abstractions;
using OpenIddict.Server.AspNetCore;
using Portal.Contracts.Security;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Identity.Api.Apis;

/// <summary>
/// The UserInfo endpoint (OpenID Connect Core 1.0, 5.3): the user's current claims, as far as the
/// access token's scopes reach: <c>profile</c> and <c>email</c> the standard ones, <c>portal</c>
/// Portal's own (organization, role, permissions). OpenIddict has checked the access token.
/// </summary>
public static class UserInfoEndpoint
{
    /// <summary>Every claim this endpoint and the tokens can carry; the discovery document lists them.</summary>
    public static readonly string[] SupportedClaims =
    [
        Claims.Subject, Claims.Name, Claims.GivenName, Claims.FamilyName, Claims.PreferredUsername, PortalClaimTypes.Locale,
        Claims.Email, Claims.EmailVerified, Claims.AuthenticationTime, Claims.AuthenticationMethodReference,
        PortalClaimTypes.OrganizationId, PortalClaimTypes.OrganizationKind, PortalClaimTypes.Role, PortalClaimTypes.Permissions,
        PortalClaimTypes.Actor,
    ];

    public static async Task<IResult> UserInfo(HttpContext context, IdentityDbContext db, UserManager<User> users)
    {
        var token = await context.AuthenticateAsync(OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
        // A service's own token names its client, not a person: there is nobody to describe.
        var user = Guid.TryParse(token.Principal?.GetClaim(Claims.Subject), out var userId) ? await users.FindByIdAsync(userId.ToString()) : null;
        var access = await UserAccess.LoadAsync(db, user, context.RequestAborted);
        if (access is not { CanSignIn: true })
        {
            return TypedResults.Challenge(new AuthenticationProperties(new Dictionary<string, string?>
            {
                [OpenIddictServerAspNetCoreConstants.Properties.Error] = Errors.InvalidToken,
                [OpenIddictServerAspNetCoreConstants.Properties.ErrorDescription] = "The token does not name a user who can sign in.",
            }), [OpenIddictServerAspNetCoreDefaults.AuthenticationScheme]);
        }

        return TypedResults.Ok(ClaimsOf(access, token.Principal!.GetScopes()));
    }

    private static Dictionary<string, object> ClaimsOf(UserAccess access, IEnumerable<string> scopes)
    {
        var user = access.User;
        var granted = scopes.ToHashSet(StringComparer.Ordinal);
        var claims = new Dictionary<string, object>(StringComparer.Ordinal) { [Claims.Subject] = user.Id.ToString() };
        if (granted.Contains(Scopes.Profile))
        {
            claims[Claims.Name] = user.FullName;
            claims[Claims.GivenName] = user.FirstName;
            claims[Claims.FamilyName] = user.LastName;
            claims[Claims.PreferredUsername] = user.UserName ?? "";
            claims[PortalClaimTypes.Locale] = user.Language;
        }

        if (granted.Contains(Scopes.Email))
        {
            claims[Claims.Email] = user.Email ?? "";
            claims[Claims.EmailVerified] = user.EmailConfirmed;
        }

        if (granted.Contains(IdentityServerOptions.PortalScope))
        {
            claims[PortalClaimTypes.OrganizationId] = user.OrganizationId.ToString();
            claims[PortalClaimTypes.OrganizationKind] = access.Organization.Kind;
            claims[PortalClaimTypes.Role] = user.Role;
            claims[PortalClaimTypes.Permissions] = access.Permissions;
        }

        return claims;
    }
}
