using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Claims;
using System.Text.Json;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Mvc;

namespace Portal.Web.Authentication;

/// <summary>
/// "View as": staff open the customer portal as a customer user.
/// <para>
/// A browser shares one cookie across its tabs, so the view cannot live beside the staff session in
/// the same cookie jar. Instead the web session changes hands: <c>POST /view-as/start</c> (a form
/// post, so antiforgery is checked) asks identity for an impersonation token, stores it under a new
/// session id, and re-issues the cookie for that session with the customer user's claims plus the
/// id of the staff member's own session, whose tokens stay untouched in the <see cref="TokenStore"/>.
/// Tabs that were already open keep their circuit (and so their staff session) until reloaded.
/// <c>POST /view-as/end</c> drops the impersonation token and puts the staff session back into the
/// cookie. The impersonation token has no refresh token: when it runs out (at most 60 minutes), the
/// next request finds it over and returns the browser to the staff session by itself.
/// </para>
/// </summary>
public static class ViewAsEndpoints
{
    public const string StartPath = "/view-as/start";
    public const string EndPath = "/view-as/end";
    public const string RefusedPath = "/view-as/refused";

    public static IEndpointRouteBuilder MapViewAsEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapPost(StartPath, StartAsync).RequireAuthorization();
        app.MapPost(EndPath, EndAsync).RequireAuthorization();
        return app;
    }

    private static async Task<IResult> StartAsync(
        HttpContext context, TokenStore store, IHttpClientFactory httpClients, PortalAddresses addresses, TimeProvider clock,
        [FromForm] Guid userId, [FromForm] bool? fullAccess, CancellationToken cancellationToken)
    {
        var staffSessionId = context.User.FindFirstValue(SessionClaims.SessionId);
        var staffToken = staffSessionId is null ? null : await store.GetAccessTokenAsync(staffSessionId, cancellationToken);
        if (staffSessionId is null || staffToken is null || context.User.HasClaim(c => c.Type == SessionClaims.StaffSessionId))
        {
            // No session to keep aside, or already viewing as someone: identity would refuse anyway.
            return TypedResults.LocalRedirect($"{RefusedPath}?status=403");
        }

        var http = httpClients.CreateClient(TokenStore.HttpClientName);
        using var request = new HttpRequestMessage(HttpMethod.Post, addresses.Identity($"api/identity/users/{userId}/impersonation"))
        {
            Content = JsonContent.Create(new { fullAccess = fullAccess ?? false }),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", staffToken);
        using var response = await SendOrNullAsync(http, request, cancellationToken);
        if (response is null)
        {
            return TypedResults.LocalRedirect($"{RefusedPath}?status={StatusCodes.Status503ServiceUnavailable}");
        }

        if (!response.IsSuccessStatusCode)
        {
            // The reason is said on our own page from the status alone: a query string must not carry text to show.
            return TypedResults.LocalRedirect($"{RefusedPath}?status={(int)response.StatusCode}");
        }

        using var json = await JsonDocument.ParseAsync(await response.Content.ReadAsStreamAsync(cancellationToken), cancellationToken: cancellationToken);
        var accessToken = json.RootElement.GetProperty("access_token").GetString()!;
        var expiresIn = json.RootElement.GetProperty("expires_in").GetInt32();

        var sessionId = Guid.NewGuid().ToString("N");
        // The staff id token goes along only as the hint for signing out of identity.
        var staffTokens = await store.FindAsync(staffSessionId, cancellationToken);
        await store.SaveAsync(sessionId, new UserTokens(accessToken, null, staffTokens?.IdToken, clock.GetUtcNow().AddSeconds(expiresIn)), cancellationToken);
        var principal = SessionPrincipal.From(accessToken, sessionId, CookieAuthenticationDefaults.AuthenticationScheme,
            new Claim(SessionClaims.StaffSessionId, staffSessionId));
        await context.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, principal);
        return TypedResults.LocalRedirect("/");
    }

    private static async Task<IResult> EndAsync(HttpContext context, TokenStore store)
    {
        if (context.User.FindFirstValue(SessionClaims.StaffSessionId) is { } staffSessionId)
        {
            if (context.User.FindFirstValue(SessionClaims.SessionId) is { } sessionId)
            {
                await store.RemoveAsync(sessionId);
            }

            if (await StaffPrincipalAsync(store, staffSessionId) is { } staff)
            {
                await context.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, staff);
            }
            else
            {
                await context.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
            }
        }

        return TypedResults.LocalRedirect("/");
    }

    /// <summary>
    /// Called for every request's cookie: a view whose token has run out (or was dropped) gives the
    /// browser back to the staff session. True when the principal was replaced.
    /// </summary>
    public static async Task<bool> ReturnToStaffWhenOverAsync(CookieValidatePrincipalContext context, TokenStore store)
    {
        if (context.Principal?.FindFirstValue(SessionClaims.StaffSessionId) is not { } staffSessionId)
        {
            return false;
        }

        var sessionId = context.Principal.FindFirstValue(SessionClaims.SessionId);
        var clock = context.HttpContext.RequestServices.GetRequiredService<TimeProvider>();
        if (sessionId is not null && await store.FindAsync(sessionId) is { } tokens && tokens.ExpiresAt > clock.GetUtcNow())
        {
            return false;
        }

        if (sessionId is not null)
        {
            await store.RemoveAsync(sessionId);
        }

        if (await StaffPrincipalAsync(store, staffSessionId) is not { } staff)
        {
            return false;
        }

        context.ReplacePrincipal(staff);
        context.ShouldRenew = true;
        return true;
    }

    private static async Task<HttpResponseMessage?> SendOrNullAsync(HttpClient http, HttpRequestMessage request, CancellationToken cancellationToken)
    {
        try
        {
            return await http.SendAsync(request, cancellationToken);
        }
        catch (HttpRequestException)
        {
            // Identity cannot be reached: the page says so in words instead of an error page.
            return null;
        }
    }

    private static async Task<ClaimsPrincipal?> StaffPrincipalAsync(TokenStore store, string staffSessionId) =>
        await store.TouchAsync(staffSessionId) && await store.FindAsync(staffSessionId) is { } staff
            ? SessionPrincipal.From(staff.AccessToken, staffSessionId, CookieAuthenticationDefaults.AuthenticationScheme)
            : null;
}
