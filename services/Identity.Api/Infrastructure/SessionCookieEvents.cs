using System.Security.Claims;
using Identity.Api.Model;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;

namespace Identity.Api.Infrastructure;

/// <summary>
/// Ties identity's sign-in cookie to the user's security stamp: the stamp is written into the cookie
/// at sign-in and compared on every use, so that ending a user's sessions (a new stamp) or
/// deactivating them ends the cookie too, on every device.
/// </summary>
public sealed class SessionCookieEvents(UserManager<User> users) : CookieAuthenticationEvents
{
    public const string SecurityStampClaim = "portal_security_stamp";

    public override async Task SigningIn(CookieSigningInContext context)
    {
        if (context.Principal?.Identity is ClaimsIdentity identity && await UserOf(context.Principal) is { } user)
        {
            identity.AddClaim(new Claim(SecurityStampClaim, user.SecurityStamp ?? ""));
        }

        await base.SigningIn(context);
    }

    public override async Task ValidatePrincipal(CookieValidatePrincipalContext context)
    {
        var user = context.Principal is null ? null : await UserOf(context.Principal);
        var stamp = context.Principal?.FindFirst(SecurityStampClaim)?.Value;
        if (user is not { IsActive: true } || stamp is null || stamp != (user.SecurityStamp ?? ""))
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(context.Scheme.Name);
            return;
        }

        await base.ValidatePrincipal(context);
    }

    private async Task<User?> UserOf(ClaimsPrincipal principal) =>
        principal.FindFirst(ClaimTypes.NameIdentifier)?.Value is { } id ? await users.FindByIdAsync(id) : null;
}
