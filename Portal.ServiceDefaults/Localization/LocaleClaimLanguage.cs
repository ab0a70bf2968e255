using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Localization;
using Portal.Contracts.Security;

namespace Portal.ServiceDefaults.Localization;

/// <summary>
/// The caller's own language, the <c>locale</c> claim of their access token, which outranks the request's
/// <c>Accept-Language</c>. The claim is known only once the token has been validated, after the rest of the
/// request's language was chosen (the text boundary answers before authentication), so this step runs right
/// after authentication and updates the request's culture. Answers written further
/// out (the exception handler, the status-code pages) take the language from the request's culture feature
/// (<see cref="RequestLanguageExtensions.ApplyRequestLanguage"/>).
/// </summary>
internal static class LocaleClaimLanguage
{
    public static async Task ApplyAsync(HttpContext context, RequestDelegate next)
    {
        var locale = context.User.FindFirst(PortalClaimTypes.Locale)?.Value;
        if (locale is not null && PortalLanguage.All.FirstOrDefault(l => locale.StartsWith(l, StringComparison.OrdinalIgnoreCase)) is { } language)
        {
            var culture = CultureInfo.GetCultureInfo(language);
            CultureInfo.CurrentUICulture = culture;
            var formats = context.Features.Get<IRequestCultureFeature>()?.RequestCulture.Culture ?? PortalLanguage.EnglishCulture;
            context.Features.Set<IRequestCultureFeature>(new RequestCultureFeature(new RequestCulture(formats, culture), provider: null));
        }

        await next(context);
    }
}
