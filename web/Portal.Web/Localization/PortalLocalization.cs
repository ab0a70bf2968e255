using System.Globalization;
using Microsoft.AspNetCore.Localization;
using Portal.Web.Authentication;

namespace Portal.Web.Localization;

public static class PortalLocalization
{
    public const string CulturePath = "/culture";

    public static readonly string[] Cultures = ["en", "de"];

    public static WebApplicationBuilder AddPortalLocalization(this WebApplicationBuilder builder)
    {
        builder.Services.AddLocalization();
        builder.Services.Configure<RequestLocalizationOptions>(options =>
        {
            options.SetDefaultCulture(Cultures[0]).AddSupportedCultures(Cultures).AddSupportedUICultures(Cultures);
            // An explicit switch (cookie) wins, then the user's own language, then the browser's.
            options.RequestCultureProviders =
            [
                new CookieRequestCultureProvider(),
                new LocaleClaimCultureProvider(),
                new AcceptLanguageHeaderRequestCultureProvider(),
            ];
        });
        return builder;
    }

    /// <summary>The language switch: remembers the choice in the culture cookie, then reloads the page.</summary>
    public static IEndpointRouteBuilder MapCultureSwitch(this IEndpointRouteBuilder app)
    {
        app.MapGet(CulturePath, (HttpContext context, string? culture, string? returnUrl) =>
        {
            if (culture is not null && Cultures.Contains(culture))
            {
                context.Response.Cookies.Append(
                    CookieRequestCultureProvider.DefaultCookieName,
                    CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(culture)),
                    new CookieOptions { MaxAge = TimeSpan.FromDays(365), SameSite = SameSiteMode.Lax, IsEssential = true });
            }

            return TypedResults.LocalRedirect(LocalUrls.OrHome(returnUrl));
        }).AllowAnonymous();
        return app;
    }

    public static string Other(CultureInfo current) => current.TwoLetterISOLanguageName == "de" ? "en" : "de";
}
