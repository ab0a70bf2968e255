using System.Globalization;
using System.Resources;
using Portal.Web.Localization;

namespace Portal.Web.Api;

/// <summary>
/// The language the services answer in: the page's UI culture, sent as Accept-Language on every call.
/// For a signed-in user the services prefer the token's <c>locale</c> claim, and the UI follows that
/// same claim (<see cref="PortalLocalization"/>), so the page and the messages it shows always agree.
/// </summary>
public static class ApiLanguage
{
    private static readonly ResourceManager Texts = new(typeof(SharedResource));

    /// <summary>The two-letter code of the current UI culture (<c>de</c>, <c>en</c>).</summary>
    public static string Current => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;

    /// <summary>A problem the web app says itself (no answer to carry words), in the page's language.</summary>
    public static ApiProblem Problem(int status, string code, string textName) =>
        new(status, Texts.GetString(textName, CultureInfo.CurrentUICulture) ?? textName, null, ApiProblem.NoErrors) { Code = code };
}
