using System.Globalization;

namespace Portal.ServiceDefaults.Localization;

/// <summary>
/// A sentence in the portal's two languages, both written where the sentence is. A typed pair rather than
/// resource keys: a missing German text is a compile error, not an English word in a German answer.
/// </summary>
public sealed record LocalizedText(string English, string German)
{
    public string In(string language) => language == PortalLanguage.German ? German : English;

    public string In(CultureInfo culture) => In(PortalLanguage.Of(culture));

    /// <summary>The text in the language of the request being answered.</summary>
    public string Current => In(CultureInfo.CurrentUICulture);

    public override string ToString() => Current;

    /// <summary>
    /// Fills the placeholders ({0}, {1}, ...) in both languages. An argument that is itself a
    /// <see cref="LocalizedText"/> (a record's kind, a status's name) is filled in each language's words.
    /// </summary>
    public LocalizedText Format(params object?[] args) => new(
        Fill(English, PortalLanguage.English, PortalLanguage.EnglishCulture, args),
        Fill(German, PortalLanguage.German, PortalLanguage.GermanCulture, args));

    private static string Fill(string template, string language, CultureInfo culture, object?[] args) =>
        string.Format(culture, template, [.. args.Select(arg => arg is LocalizedText text ? text.In(language) : arg)]);
}
