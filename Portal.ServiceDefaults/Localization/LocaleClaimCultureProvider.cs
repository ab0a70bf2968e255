using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Localization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Net.Http.Headers;
using Portal.Contracts.Security;

namespace Portal.ServiceDefaults.Localization;

/// <summary>
/// The caller's own language: the <c>locale</c> claim of their access token. The language is chosen
/// before the rest of the pipeline (so that every answer, a 400 of the text boundary or a 401 included,
/// is in it), so the token is read here; the authentication handler keeps its result for the request,
/// so the token is validated once however often it is asked.
/// </summary>
public sealed class LocaleClaimCultureProvider : RequestCultureProvider
{
    public override async Task<ProviderCultureResult?> DetermineProviderCultureResult(HttpContext httpContext)
    {
        var user = httpContext.User;
        if (user.Identity?.IsAuthenticated != true && httpContext.Request.Headers.ContainsKey(HeaderNames.Authorization)
            && httpContext.RequestServices.GetService<IAuthenticationSchemeProvider>() is { } schemes
            && await schemes.GetDefaultAuthenticateSchemeAsync() is not null)
        {
            user = (await httpContext.AuthenticateAsync()).Principal ?? user;
        }

        var locale = user.FindFirst(PortalClaimTypes.Locale)?.Value;
        return string.IsNullOrEmpty(locale) ? null : new ProviderCultureResult(locale);
    }
}
