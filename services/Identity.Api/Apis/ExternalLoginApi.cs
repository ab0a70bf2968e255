using System.Security.Claims;
using System.Text.Encodings.Web;
using Identity.Api.Application;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;

namespace Identity.Api.Apis;

/// <summary>
/// Sign-in with an external provider: <c>/account/external/{scheme}?returnUrl=</c> sends the browser to
/// the provider; its callback (handled by the scheme) lands in the external cookie and then at
/// <c>/account/external/complete</c>, which signs the matched user in with identity's own cookie and
/// returns to <c>/connect/authorize</c>. Every refusal is a page that says why, never an error.
/// </summary>
public static class ExternalLoginApi
{
    private const string SchemeItem = "portal.scheme";

    public static IEndpointRouteBuilder MapExternalLoginApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/account/external/complete", Complete).WithName("ExternalLoginComplete").ExcludeFromDescription().AllowAnonymous();
        app.MapGet("/account/external/{scheme}", Start).WithName("ExternalLogin").ExcludeFromDescription().AllowAnonymous();
        return app;
    }

    public static async Task<IResult> Start(string scheme, string? returnUrl, HttpContext context, ExternalLoginProviders providers, ILoggerFactory logs)
    {
        if (providers.Find(scheme) is not { } provider)
        {
            return Page("Unknown sign-in method", "This sign-in method is not offered here.", "/", StatusCodes.Status404NotFound);
        }

        var properties = new AuthenticationProperties
        {
            RedirectUri = "/account/external/complete?returnUrl=" + Uri.EscapeDataString(LocalOrRoot(returnUrl)),
            Items = { [SchemeItem] = scheme },
        };
        try
        {
            await context.ChallengeAsync(scheme, properties);
            return TypedResults.Empty;
        }
        catch (Exception ex) when (ex is HttpRequestException or InvalidOperationException or IOException)
        {
            // The provider's discovery document could not be read: say so instead of failing.
            logs.CreateLogger(typeof(ExternalLoginApi)).LogWarning(ex, "The external provider {Scheme} is not reachable", scheme);
            return Page($"{provider.DisplayName} is not reachable", $"Portal cannot reach {provider.DisplayName} right now. Try again later or sign in with your password.",
                LocalOrRoot(returnUrl), StatusCodes.Status502BadGateway);
        }
    }

    public static async Task<IResult> Complete(string? returnUrl, HttpContext context, ExternalLoginProviders providers, ExternalLoginLinker linker)
    {
        var back = LocalOrRoot(returnUrl);
        var result = await context.AuthenticateAsync(IdentityConstants.ExternalScheme);
        await context.SignOutAsync(IdentityConstants.ExternalScheme);
        string? scheme = null;
        result.Properties?.Items.TryGetValue(SchemeItem, out scheme);
        var subject = result.Principal?.FindFirstValue("sub");
        if (!result.Succeeded || providers.Find(scheme) is null || string.IsNullOrEmpty(subject))
        {
            return Page("Sign-in did not complete", "The sign-in with the external provider did not complete. Please start again.", back, StatusCodes.Status400BadRequest);
        }

        var verified = result.Principal!.FindFirstValue("email_verified");
        var external = new ExternalIdentity(scheme!, subject, result.Principal.FindFirstValue("email"),
            verified is null ? null : string.Equals(verified, "true", StringComparison.OrdinalIgnoreCase));
        var outcome = await linker.SignInAsync(external, context.RequestAborted);
        if (outcome.Access is not { } access)
        {
            return Page("Sign-in refused", outcome.Refusal!, back, StatusCodes.Status403Forbidden);
        }

        var identity = new ClaimsIdentity(IdentityConstants.ApplicationScheme);
        identity.AddClaim(new Claim(ClaimTypes.NameIdentifier, access.User.Id.ToString()));
        await context.SignInAsync(IdentityConstants.ApplicationScheme, new ClaimsPrincipal(identity));
        return TypedResults.LocalRedirect(back);
    }

    /// <summary>The provider answered with an error, or its answer failed a check (state, nonce, issuer, signature).</summary>
    public static Task RemoteFailureAsync(RemoteFailureContext context)
    {
        context.HandleResponse();
        context.HttpContext.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(ExternalLoginApi))
            .LogWarning(context.Failure, "Sign-in with {Scheme} failed", context.Scheme.Name);
        var returnUrl = context.Properties?.RedirectUri is { } redirect && Uri.TryCreate("http://local" + redirect, UriKind.Absolute, out var uri)
            ? System.Web.HttpUtility.ParseQueryString(uri.Query)["returnUrl"]
            : null;
        var name = context.Scheme.DisplayName ?? context.Scheme.Name;
        return Page($"Sign-in with {name} failed", $"{name} did not confirm who you are. Please start the sign-in again.", LocalOrRoot(returnUrl), StatusCodes.Status400BadRequest)
            .ExecuteAsync(context.HttpContext);
    }

    /// <summary>The "Sign in with …" buttons of the login page, one per configured provider.</summary>
    public static string Buttons(HttpContext context, string? returnUrl)
    {
        var html = HtmlEncoder.Default;
        var providers = context.RequestServices.GetRequiredService<ExternalLoginProviders>().All.ToList();
        var links = providers.Select(p =>
            $"<li><a class=\"external-login\" href=\"/account/external/{html.Encode(p.Key)}?returnUrl={html.Encode(Uri.EscapeDataString(LocalOrRoot(returnUrl)))}\">Sign in with {html.Encode(p.Value.DisplayName)}</a></li>");
        return providers.Count == 0 ? "" : $"<ul class=\"external-logins\">{string.Concat(links)}</ul>";
    }

    private static ContentHttpResult Page(string title, string message, string returnUrl, int status)
    {
        var html = HtmlEncoder.Default;
        var loginUrl = "/account/login?returnUrl=" + Uri.EscapeDataString(returnUrl);
        var body = $"""
            <!doctype html>
            <html lang="en"><head><meta charset="utf-8"><title>{html.Encode(title)} · Portal</title></head>
            <body><main><h1>{html.Encode(title)}</h1>
            <p role="alert">{html.Encode(message)}</p>
            <p><a href="{html.Encode(loginUrl)}">Back to sign-in</a></p>
            </main></body></html>
            """;
        return TypedResults.Content(body, "text/html; charset=utf-8", statusCode: status);
    }

    // Only paths on this site: an open redirect would turn the sign-in into a phishing aid.
    private static string LocalOrRoot(string? url) =>
        !string.IsNullOrEmpty(url) && url[0] == '/' && (url.Length == 1 || (url[1] != '/' && url[1] != '\\')) ? url : "/";
}
