using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Portal.Web.Authentication;

public static class SignInEndpoints
{
    public static IEndpointRouteBuilder MapSignInEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet(PortalAuthentication.SignInPath, (string? returnUrl) =>
            TypedResults.Challenge(new AuthenticationProperties { RedirectUri = LocalOrHome(returnUrl) }, [OpenIdConnectDefaults.AuthenticationScheme]))
            .AllowAnonymous();

        // A form POST, so the antiforgery token is checked: a link or image elsewhere must not sign a user out.
        app.MapPost(PortalAuthentication.SignOutPath, SignOut);
        return app;
    }

    private static SignOutHttpResult SignOut(HttpContext context, TokenStore store, [FromForm] string? returnUrl)
    {
        var sessionId = context.User.FindFirstValue(SessionClaims.SessionId);
        var properties = new AuthenticationProperties { RedirectUri = LocalOrHome(returnUrl) };
        if (sessionId is not null && store.Find(sessionId) is { IdToken: { } idToken })
        {
            properties.Items[PortalAuthentication.IdTokenHintItem] = idToken;
        }

        if (sessionId is not null)
        {
            store.Remove(sessionId);
        }

        // Signing out while viewing as someone ends the staff member's own session too.
        if (context.User.FindFirstValue(SessionClaims.StaffSessionId) is { } staffSessionId)
        {
            store.Remove(staffSessionId);
        }

        return TypedResults.SignOut(properties, [CookieAuthenticationDefaults.AuthenticationScheme, OpenIdConnectDefaults.AuthenticationScheme]);
    }

    // Only paths of this site: an open redirect would make the sign-in a phishing aid.
    private static string LocalOrHome(string? url) =>
        !string.IsNullOrEmpty(url) && url[0] == '/' && (url.Length == 1 || (url[1] != '/' && url[1] != '\\')) ? url : "/";
}
