using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Localization;
using Microsoft.Extensions.DependencyInjection;

namespace Portal.ServiceDefaults.Localization;

/// <summary>
/// Every answer of a service is in the caller's language: the token's <c>locale</c>, else the request's
/// <c>Accept-Language</c>, else English. ASP.NET Core's request localization sets the culture per request from
/// Accept-Language at the start; <see cref="UseCallerLanguage"/> applies the token's locale once it is validated.
/// A problem answer names its language in <c>Content-Language</c>.
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
            // Content-Language goes on the answers whose words are ours, the problems (ProblemDetailsExtensions):
            // set for every response, the gateway's own header would come before the service's behind it.
            // The token's locale outranks it; it is applied after authentication (UseCallerLanguage).
            options.RequestCultureProviders = [new AcceptLanguageHeaderRequestCultureProvider()];
        });

    /// <summary>First in the pipeline: the exception handler and the status-code pages answer in the language too.</summary>
    public static IApplicationBuilder UseRequestLanguage(this IApplicationBuilder app) => app.UseRequestLocalization();

    /// <summary>Right after <c>UseAuthentication</c>: a signed-in caller's own language (the token's <c>locale</c>) wins.</summary>
    public static IApplicationBuilder UseCallerLanguage(this IApplicationBuilder app) => app.Use(LocaleClaimLanguage.ApplyAsync);

    /// <summary>
    /// For answers written outside the request's own flow (an exception handler, the status-code pages): the
    /// request's language as chosen for it, which an inner step may have changed after they began.
    /// </summary>
    public static void ApplyRequestLanguage(this HttpContext context)
    {
        if (context.Features.Get<IRequestCultureFeature>() is { } feature)
        {
            CultureInfo.CurrentUICulture = feature.RequestCulture.UICulture;
        }
    }
}
