using System.Globalization;

namespace Portal.ServiceDefaults.Localization;

/// <summary>
/// A sentence in the portal's two languages, both written where the sentence is. A typed pair rather than
/// resource keys: a missing German text is a compile error, not an English word in a German answer.
/// </summary>
public sealed record LocalizedText(string English, string German)
{
    /// <summary>
    /// Text that reads the same in both languages (a request line, a provider's name, an id): said so once here
    /// rather than written twice at each place that needs a pair.
    /// </summary>
    public static LocalizedText Verbatim(string text) => new(text, text);

    /// <summary>Texts joined in each language, for a detail that lists them.</summary>
    public static LocalizedText Join(string separator, IEnumerable<LocalizedText> texts)
    {
        var list = texts.ToList();
        return new(string.Join(separator, list.Select(t => t.English)), string.Join(separator, list.Select(t => t.German)));
    }

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
