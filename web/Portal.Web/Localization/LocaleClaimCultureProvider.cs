using Microsoft.AspNetCore.Localization;
using Portal.Contracts.Security;

namespace Portal.Web.Localization;

/// <summary>The signed-in user's preferred language (the token's <c>locale</c>), unless they switched in the app bar.</summary>
public sealed class LocaleClaimCultureProvider : RequestCultureProvider
{
    public override Task<ProviderCultureResult?> DetermineProviderCultureResult(HttpContext httpContext)
    {
        var locale = httpContext.User.FindFirst(PortalClaimTypes.Locale)?.Value;
        return Task.FromResult(string.IsNullOrEmpty(locale) ? null : new ProviderCultureResult(locale));
    }
}
