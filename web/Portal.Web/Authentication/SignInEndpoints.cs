using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.WebUtilities;
using Portal.Web.Localization;

namespace Portal.Web.Authentication;

public static class SignInEndpoints
{
    /// <summary>The sign-in's language, for pages whose culture is their own (the account pages, customer hosts).</summary>
    public const string CultureParameter = "culture";

    /// <summary>The account name identity's login page prefills (OIDC <c>login_hint</c>), e.g. right after an invitation was accepted.</summary>
    public const string LoginHintParameter = "loginHint";

    public static IEndpointRouteBuilder MapSignInEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet(PortalAuthentication.SignInPath, SignIn).AllowAnonymous();

        // A form POST, so the antiforgery token is checked: a link or image elsewhere must not sign a user out.
        app.MapPost(PortalAuthentication.SignOutPath, SignOutAsync);
        return app;
    }

    /// <summary>
    /// Starts the sign-in at identity. <paramref name="customer"/> (or the customer's own host name) names
    /// the customer on identity's page; <paramref name="culture"/> carries the language chosen on a
    /// customer's host, whose culture cookie the public address cannot read, or of the account page the
    /// person comes from; <paramref name="loginHint"/> is the account name to prefill.
    /// </summary>
    private static Results<RedirectHttpResult, ChallengeHttpResult> SignIn(
        HttpContext context, CustomerHosts hosts, PortalAddresses addresses, string? returnUrl, string? customer, string? culture, string? loginHint)
    {
        var hostSlug = hosts.SlugOf(context.Request.Host.Host);
        var slug = CustomerHosts.IsSlug(customer) ? customer : hostSlug;
        if (hostSlug is not null)
        {
            // The sign-in's callback and session belong to the public address, the one redirect URI identity
            // knows; the whole sign-in happens there (docs/decisions: customer addresses).
            return TypedResults.Redirect(QueryHelpers.AddQueryString(addresses.Public(PortalAuthentication.SignInPath).AbsoluteUri, new Dictionary<string, string?>
            {
                ["customer"] = slug,
                [CultureParameter] = culture is not null && PortalLocalization.Cultures.Contains(culture) ? culture : CultureInfo.CurrentUICulture.TwoLetterISOLanguageName,
                [LoginHintParameter] = loginHint,
                ["returnUrl"] = LocalUrls.OrHome(returnUrl),
            }));
        }

        var properties = new AuthenticationProperties { RedirectUri = LocalUrls.OrHome(returnUrl) };
        if (slug is not null)
        {
            properties.Items[PortalAuthentication.CustomerItem] = slug;
        }

        if (culture is not null && PortalLocalization.Cultures.Contains(culture))
        {
            properties.Items[PortalAuthentication.UiLocalesItem] = culture;
        }

        if (!string.IsNullOrWhiteSpace(loginHint))
        {
            properties.Items[PortalAuthentication.LoginHintItem] = loginHint.Trim();
        }

        return TypedResults.Challenge(properties, [OpenIdConnectDefaults.AuthenticationScheme]);
    }

    private static async Task<SignOutHttpResult> SignOutAsync(HttpContext context, TokenStore store, [FromForm] string? returnUrl)
    {
        var sessionId = context.User.FindFirstValue(SessionClaims.SessionId);
        var properties = new AuthenticationProperties { RedirectUri = LocalUrls.OrHome(returnUrl) };
        if (sessionId is not null && await store.FindAsync(sessionId) is { IdToken: { } idToken })
        {
            properties.Items[PortalAuthentication.IdTokenHintItem] = idToken;
        }

        if (sessionId is not null)
        {
            await store.RemoveAsync(sessionId);
        }

        // Signing out while viewing as someone ends the staff member's own session too.
        if (context.User.FindFirstValue(SessionClaims.StaffSessionId) is { } staffSessionId)
        {
            await store.RemoveAsync(staffSessionId);
        }

        return TypedResults.SignOut(properties, [CookieAuthenticationDefaults.AuthenticationScheme, OpenIdConnectDefaults.AuthenticationScheme]);
    }
}
