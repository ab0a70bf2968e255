using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace Portal.Web.Tests.Languages;

/// <summary>
/// The words of the web app's resources (every <c>X.resx</c> with its <c>X.de.resx</c>) and of identity's sign-in
/// pages (<c>LoginPageTexts.English</c> / <c>German</c>), read from the source tree: what a page may show in one
/// language and must not show in the other. Only texts that differ between the languages and are long enough
/// to be told apart count; a "Status" or "E-Mail" is both.
/// </summary>
public sealed partial class ResourceTexts
{
    private const int ShortestTelling = 4;

    private ResourceTexts(IReadOnlyList<string> english, IReadOnlyList<string> german)
    {
        English = english;
        German = german;
    }

    /// <summary>Texts only the English resources hold.</summary>
    public IReadOnlyList<string> English { get; }

    /// <summary>Texts only the German resources hold.</summary>
    public IReadOnlyList<string> German { get; }

    /// <summary>Read once: the sources do not change while the tests run.</summary>
    public static ResourceTexts OfThePortal => Loaded.Value;

    private static readonly Lazy<ResourceTexts> Loaded = new(Load);

    private static ResourceTexts Load()
    {
        var root = RepositoryRoot();
        var web = Path.Combine(root, "web", "Portal.Web");
        var pairs = Directory.EnumerateFiles(web, "*.resx", SearchOption.AllDirectories)
            .Where(path => !path.EndsWith(".de.resx", StringComparison.Ordinal) && !path.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .SelectMany(path => Pairs(Values(path), Values(Path.ChangeExtension(path, ".de.resx"))))
            .ToList();
        Assert.True(pairs.Count > 100, $"Only {pairs.Count} texts found under {web}: the resources moved?");
        var loginPage = File.ReadAllText(Path.Combine(root, "services", "Identity.Api", "Apis", "LoginPageTexts.cs"));
        pairs.AddRange(Pairs(LoginPageTable(loginPage, "English"), LoginPageTable(loginPage, "German")));

        var english = pairs.Select(p => p.English).ToHashSet(StringComparer.Ordinal);
        var german = pairs.Select(p => p.German).ToHashSet(StringComparer.Ordinal);
        return new ResourceTexts(Telling(english, german), Telling(german, english));
    }

    /// <summary>The texts of <paramref name="others"/> that <paramref name="shown"/> holds, as whole words.</summary>
    public static IReadOnlyList<string> FoundIn(string shown, IEnumerable<string> others) =>
        [.. others.Where(text => Regex.IsMatch(shown, $@"(?<![\p{{L}}\p{{N}}]){Regex.Escape(text)}(?![\p{{L}}\p{{N}}])"))];

    private static IEnumerable<(string English, string German)> Pairs(Dictionary<string, string> english, Dictionary<string, string> german) =>
        english.Where(e => german.ContainsKey(e.Key)).Select(e => (e.Value, german[e.Key]));

    /// <summary>
    /// The texts of one language, as a page shows them: placeholders ("{0} devices") cut the text into the
    /// fixed parts around them, and each part that tells the language apart counts.
    /// </summary>
    private static List<string> Telling(HashSet<string> language, HashSet<string> other) =>
    [
        .. language
            .SelectMany(text => Placeholder().Split(text))
            .Select(part => part.Trim().Trim('.', ':', ',', '!', '?', '(', ')', '"', '„', '“').Trim())
            .Where(part => part.Length >= ShortestTelling && part.Any(char.IsLetter) && !other.Any(o => o.Contains(part, StringComparison.Ordinal)))
            .Distinct(StringComparer.Ordinal)
            .OrderByDescending(part => part.Length),
    ];

    /// <summary>The sign-in pages' texts of one language: <c>Name = "text",</c> lines of its table in LoginPageTexts.cs.</summary>
    private static Dictionary<string, string> LoginPageTable(string source, string language)
    {
        var table = Regex.Match(source, $@"LoginPageTexts {language} = new\(\)\s*\{{(?<block>.*?)\n    \}};", RegexOptions.Singleline);
        Assert.True(table.Success, $"No {language} table in LoginPageTexts.cs: the sign-in pages' texts moved?");
        return TableEntry().Matches(table.Groups["block"].Value).ToDictionary(m => m.Groups["name"].Value, m => Regex.Unescape(m.Groups["text"].Value), StringComparer.Ordinal);
    }

    private static Dictionary<string, string> Values(string path) =>
        File.Exists(path)
            ? XDocument.Load(path).Root!.Elements("data")
                .Where(data => data.Attribute("type") is null)
                .ToDictionary(data => (string)data.Attribute("name")!, data => (string?)data.Element("value") ?? "", StringComparer.Ordinal)
            : [];

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Portal.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("Portal.sln not found above the test's folder.");
    }

    [GeneratedRegex(@"^\s*(?<name>\w+)\s*=\s*""(?<text>(?:[^""\\]|\\.)*)"",", RegexOptions.Multiline)]
    private static partial Regex TableEntry();

    [GeneratedRegex(@"\{\d+(?:[,:][^}]*)?\}")]
    private static partial Regex Placeholder();
}
