using System.Globalization;

namespace Portal.ServiceDefaults.Localization;

/// <summary>The portal's two languages, as the <c>locale</c> claim and <c>Accept-Language</c> name them.</summary>
public static class PortalLanguage
{
    public const string English = "en";
    public const string German = "de";

    /// <summary>English first: the answer when a caller names no language the portal speaks.</summary>
    public static readonly string[] All = [English, German];

    public static readonly CultureInfo EnglishCulture = CultureInfo.GetCultureInfo(English);
    public static readonly CultureInfo GermanCulture = CultureInfo.GetCultureInfo(German);

    /// <summary>"de" for German and its regional cultures (de-AT, de-CH), "en" for everything else.</summary>
    public static string Of(CultureInfo culture) => culture.TwoLetterISOLanguageName == German ? German : English;

    /// <summary>The language of the request being answered (set per request by <see cref="RequestLanguageExtensions"/>).</summary>
    public static string Current => Of(CultureInfo.CurrentUICulture);
}
