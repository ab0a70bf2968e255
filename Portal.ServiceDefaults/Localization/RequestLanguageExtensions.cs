using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Localization;
using Microsoft.Extensions.DependencyInjection;

namespace Portal.ServiceDefaults.Localization;

/// <summary>
/// Every answer of a service is in the caller's language: the token's <c>locale</c>, else the request's
/// <c>Accept-Language</c>, else English. ASP.NET Core's request localization sets the culture per request;
/// the answer names it in <c>Content-Language</c>.
/// </summary>
public static class RequestLanguageExtensions
{
    public static IServiceCollection AddRequestLanguage(this IServiceCollection services) =>
        services.Configure<RequestLocalizationOptions>(options =>
        {
            // Only the words follow the caller (the UI culture); formats and parsing stay English
            // (CurrentCulture), so that no number or date a service reads or writes changes with the caller.
            options.SetDefaultCulture(PortalLanguage.English)
                .AddSupportedCultures(PortalLanguage.English)
                .AddSupportedUICultures(PortalLanguage.All);
            options.ApplyCurrentCultureToResponseHeaders = true;
            options.RequestCultureProviders = [new LocaleClaimCultureProvider(), new AcceptLanguageHeaderRequestCultureProvider()];
        });

    /// <summary>First in the pipeline: the exception handler and the status-code pages answer in the language too.</summary>
    public static IApplicationBuilder UseRequestLanguage(this IApplicationBuilder app) => app.UseRequestLocalization();
}
