using Microsoft.AspNetCore.Localization;
using Portal.Contracts.Security;
using Portal.ServiceDefaults.Localization;

namespace Identity.Api.Extensions;

/// <summary>
/// Identity's answers follow the caller's language like every service's, but the <c>locale</c> claim is read
/// after authentication here. The shared <see cref="LocaleClaimCultureProvider"/> authenticates at the start of
/// the pipeline, and OpenIddict's validation handler cannot do that: it reads a token only once the
/// authentication middleware has opened its transaction, and throws before (every bearer request was a 500).
/// So the first pass (ServiceDefaults) decides by <c>Accept-Language</c> alone, and a second pass right after
/// <c>UseAuthentication</c> lets the signed-in account's language win.
/// </summary>
internal static class IdentityRequestLanguage
{
    public static void AddLanguageAfterAuthentication(this IHostApplicationBuilder builder) =>
        builder.Services.PostConfigure<RequestLocalizationOptions>(options =>
            options.RequestCultureProviders = [.. options.RequestCultureProviders.Where(provider => provider is not LocaleClaimCultureProvider)]);

    /// <summary>Right after <c>UseAuthentication</c>: the user is known, so the claim is read without authenticating again.</summary>
    public static IApplicationBuilder UseLanguageAfterAuthentication(this IApplicationBuilder app) =>
        app.UseRequestLocalization(options =>
        {
            options.SetDefaultCulture(PortalLanguage.English)
                .AddSupportedCultures(PortalLanguage.English)
                .AddSupportedUICultures(PortalLanguage.All);
            options.ApplyCurrentCultureToResponseHeaders = true;
            options.RequestCultureProviders = [new SignedInLocaleCultureProvider(), new AcceptLanguageHeaderRequestCultureProvider()];
        });

    /// <summary>The <c>locale</c> claim of the user the authentication middleware found.</summary>
    private sealed class SignedInLocaleCultureProvider : RequestCultureProvider
    {
        public override Task<ProviderCultureResult?> DetermineProviderCultureResult(HttpContext httpContext) =>
            Task.FromResult(httpContext.User.FindFirst(PortalClaimTypes.Locale)?.Value is { Length: > 0 } locale
                ? new ProviderCultureResult(locale)
                : null);
    }
}
