using System.Security.Claims;
using Identity.Api.Application;
using Microsoft.AspNetCore.Authentication;
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
            var texts = Texts(context, returnUrl);
            return Page(texts, texts.UnknownMethodTitle, texts.UnknownMethod, "/", StatusCodes.Status404NotFound);
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
            var texts = Texts(context, returnUrl);
            return Page(texts, LoginPageTexts.Format(texts.UnreachableTitle, provider.DisplayName), LoginPageTexts.Format(texts.Unreachable, provider.DisplayName),
                LocalOrRoot(returnUrl), StatusCodes.Status502BadGateway);
        }
    }

    public static async Task<IResult> Complete(string? returnUrl, HttpContext context, ExternalLoginProviders providers, ExternalLoginLinker linker)
    {
        var back = LocalOrRoot(returnUrl);
        var texts = Texts(context, back);
        var result = await context.AuthenticateAsync(IdentityConstants.ExternalScheme);
        await context.SignOutAsync(IdentityConstants.ExternalScheme);
        string? scheme = null;
        result.Properties?.Items.TryGetValue(SchemeItem, out scheme);
        var subject = result.Principal?.FindFirstValue("sub");
        if (!result.Succeeded || providers.Find(scheme) is null || string.IsNullOrEmpty(subject))
        {
            return Page(texts, texts.IncompleteTitle, texts.Incomplete, back, StatusCodes.Status400BadRequest);
        }

        var verified = result.Principal!.FindFirstValue("email_verified");
        var external = new ExternalIdentity(scheme!, subject, result.Principal.FindFirstValue("email"),
            verified is null ? null : string.Equals(verified, "true", StringComparison.OrdinalIgnoreCase));
        var outcome = await linker.SignInAsync(external, context.RequestAborted);
        if (outcome.Access is not { } access)
        {
            return Page(texts, texts.RefusedTitle, outcome.Refusal!.In(texts.Language), back, StatusCodes.Status403Forbidden);
        }

        await IdentitySession.StartAsync(context, access.User.Id, SignInProof.ByExternalProvider);
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
        var texts = Texts(context.HttpContext, returnUrl);
        return Page(texts, LoginPageTexts.Format(texts.FailedTitle, name), LoginPageTexts.Format(texts.Failed, name), LocalOrRoot(returnUrl), StatusCodes.Status400BadRequest)
            .ExecuteAsync(context.HttpContext);
    }

    /// <summary>The "Sign in with …" buttons of the login page, one per configured provider.</summary>
    public static LoginPageHtml Buttons(HttpContext context, string? returnUrl, LoginPageTexts texts)
    {
        var providers = context.RequestServices.GetRequiredService<ExternalLoginProviders>().All.ToList();
        var back = Uri.EscapeDataString(LocalOrRoot(returnUrl));
        var links = providers.Select(p => LoginPageHtml.Of(
            $"<li><a class=\"external-login\" href=\"/account/external/{p.Key}?returnUrl={back}\">{texts.ButtonFor(p.Value.DisplayName)}</a></li>"));
        return providers.Count == 0 ? LoginPageHtml.Empty : LoginPageHtml.Of($"<ul class=\"external-logins\">{LoginPageHtml.Join(links)}</ul>");
    }

    // The refusals speak the language of the sign-in they interrupt.
    private static LoginPageTexts Texts(HttpContext context, string? returnUrl) =>
        LoginPageLanguage.Choose(context.Request, LocalOrRoot(returnUrl), lang: null);

    private static IResult Page(LoginPageTexts texts, string title, string message, string returnUrl, int status) =>
        LoginPageLayout.Result(LoginPageLayout.Message(texts, title, message, LoginPage.Address(returnUrl, lang: null)), status);

    // Only paths on this site: an open redirect would turn the sign-in into a phishing aid.
    private static string LocalOrRoot(string? url) => LoginPage.IsLocal(url) ? url! : "/";
}
