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
        builder.Services.AddMudLocalization();
        builder.Services.AddHttpClient(AccountLanguage.HttpClientName);
        builder.Services.AddScoped<AccountLanguage>();
        builder.Services.Configure<RequestLocalizationOptions>(options =>
        {
            options.SetDefaultCulture(Cultures[0]).AddSupportedCultures(Cultures).AddSupportedUICultures(Cultures);
            // A signed-in person sees their account's language (the token's locale), the one the services answer
            // them in: the page and its messages cannot disagree. The switch changes that language (AccountLanguage).
            // Before signing in: the switch's cookie, then the browser's.
            options.RequestCultureProviders =
            [
                new LocaleClaimCultureProvider(),
                new CookieRequestCultureProvider(),
                new AcceptLanguageHeaderRequestCultureProvider(),
            ];
        });
        return builder;
    }

    /// <summary>
    /// The language switch: remembers the choice in the culture cookie and, for a signed-in person, in their
    /// account (and so in their token), then reloads the page.
    /// </summary>
    public static IEndpointRouteBuilder MapCultureSwitch(this IEndpointRouteBuilder app)
    {
        app.MapGet(CulturePath, async (HttpContext context, AccountLanguage account, string? culture, string? returnUrl) =>
        {
            if (culture is not null && Cultures.Contains(culture))
            {
                if (context.User.Identity?.IsAuthenticated == true)
                {
                    await account.SaveAsync(context, culture, context.RequestAborted);
                }

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
