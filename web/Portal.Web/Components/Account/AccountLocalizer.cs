using System.Globalization;
using System.Resources;
using Microsoft.Net.Http.Headers;

namespace Portal.Web.Components.Account;

/// <summary>
/// The language of the account pages, for one request: <c>?lang=de|en</c>, else the browser's
/// Accept-Language, else English. People open these pages from an e-mail before they have signed in,
/// so there is no profile or cookie to ask; the culture is passed explicitly to the resources rather
/// than set on the thread, so that nothing else the request renders is affected.
/// </summary>
public sealed class AccountLocalizer(IHttpContextAccessor httpContextAccessor)
{
    public const string LanguageParameter = "lang";

    private static readonly string[] Supported = ["en", "de"];

    private static readonly ResourceManager Resources =
        new("Portal.Web.Components.Account.AccountText", typeof(AccountLocalizer).Assembly);

    private CultureInfo? _culture;

    public CultureInfo Culture => _culture ??= CultureInfo.GetCultureInfo(Resolve(httpContextAccessor.HttpContext));

    /// <summary>The two-letter code, as in <c>lang="de"</c>.</summary>
    public string Language => Culture.TwoLetterISOLanguageName;

    /// <summary>The language the switch link offers.</summary>
    public string OtherLanguage => Language == "de" ? "en" : "de";

    public string this[string name] =>
        Resources.GetString(name, Culture) ?? throw new InvalidOperationException($"No account text named '{name}'.");

    public string Format(string name, params object[] arguments) => string.Format(Culture, this[name], arguments);

    private static string Resolve(HttpContext? context)
    {
        if (context is null)
        {
            return Supported[0];
        }

        if (Match(context.Request.Query[LanguageParameter].ToString()) is { } requested)
        {
            return requested;
        }

        // Highest quality first; a header that does not parse is the same as none.
        if (StringWithQualityHeaderValue.TryParseList(context.Request.Headers.AcceptLanguage, out var accepted))
        {
            foreach (var language in accepted.OrderByDescending(value => value.Quality ?? 1))
            {
                if (Match(language.Value.Value) is { } match)
                {
                    return match;
                }
            }
        }

        return Supported[0];
    }

    private static string? Match(string? tag)
    {
        if (string.IsNullOrWhiteSpace(tag))
        {
            return null;
        }

        // "de-CH" and "de" both mean German here.
        var primary = tag.Split('-', 2)[0].Trim();
        return Supported.FirstOrDefault(language => string.Equals(language, primary, StringComparison.OrdinalIgnoreCase));
    }
}
