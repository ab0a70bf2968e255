using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Portal.Contracts;
using Portal.Contracts.Security;
using Portal.Web.Authentication;

namespace Portal.Web.Localization;

/// <summary>
/// The language switch of a signed-in person changes their account's language. The services answer in
/// the token's <c>locale</c>, and the web app shows a signed-in person the same language
/// (<see cref="LocaleClaimCultureProvider"/> comes first), so the switch saves the language at identity,
/// renews the session's token and re-issues the cookie from it: page and messages change together.
/// </summary>
public sealed class AccountLanguage(IHttpClientFactory httpClients, TokenStore store, ILogger<AccountLanguage> logger)
{
    public const string HttpClientName = "identity-account-language";

    /// <summary>Whether the signed-in person's account, token and cookie now speak <paramref name="culture"/>.</summary>
    public async Task<bool> SaveAsync(HttpContext context, string culture, CancellationToken cancellationToken)
    {
        var user = context.User;
        var sessionId = user.FindFirstValue(SessionClaims.SessionId);
        // Viewing as someone: their language is theirs to choose, and the view's token cannot be renewed.
        if (sessionId is null || user.FindFirst(SessionClaims.StaffSessionId) is not null)
        {
            return false;
        }

        if (!string.Equals(user.FindFirstValue(PortalClaimTypes.Locale), culture, StringComparison.OrdinalIgnoreCase)
            && !await SaveAtIdentityAsync(sessionId, culture, cancellationToken))
        {
            return false;
        }

        if (await store.RefreshNowAsync(sessionId, cancellationToken) is not { } accessToken)
        {
            return false;
        }

        var current = await context.AuthenticateAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        var principal = SessionPrincipal.From(accessToken, sessionId, user.Identity?.AuthenticationType ?? CookieAuthenticationDefaults.AuthenticationScheme);
        await context.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, principal, current.Properties);
        return true;
    }

    private async Task<bool> SaveAtIdentityAsync(string sessionId, string culture, CancellationToken cancellationToken)
    {
        if (await store.GetAccessTokenAsync(sessionId, cancellationToken) is not { } token)
        {
            return false;
        }

        using var request = new HttpRequestMessage(HttpMethod.Patch, $"http://{ResourceNames.Identity}/api/identity/me")
        {
            Content = JsonContent.Create(new { language = culture }),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        request.Headers.AcceptLanguage.Add(new StringWithQualityHeaderValue(culture));
        try
        {
            using var response = await httpClients.CreateClient(HttpClientName).SendAsync(request, cancellationToken);
            if (!response.IsSuccessStatusCode)
            {
                logger.LogWarning("Identity refused the account's language {Culture}: {Status}", culture, (int)response.StatusCode);
            }

            return response.IsSuccessStatusCode;
        }
        catch (HttpRequestException exception)
        {
            logger.LogWarning(exception, "Identity did not answer the change of the account's language");
            return false;
        }
    }
}
