using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace Portal.Web.Tests.Infrastructure;

/// <summary>
/// The English words a German page must not show: the English values of the web app's .resx files and of
/// identity's login page texts (LoginPageTexts.English), read from the sources. Only distinctive ones: not
/// the same in German, long enough not to be a word both languages share, and without placeholders.
/// </summary>
public static partial class EnglishTexts
{
    private const int MinimumLength = 10;

    private static readonly Lazy<IReadOnlyList<string>> Distinctive = new(Collect);

    public static IReadOnlyList<string> All => Distinctive.Value;

    /// <summary>The English texts found in <paramref name="visibleText"/>; empty on a page that is German throughout.</summary>
    public static IReadOnlyList<string> In(string visibleText) =>
        [.. All.Where(english => visibleText.Contains(english, StringComparison.Ordinal))];

    private static List<string> Collect()
    {
        var root = RepositoryRoot();
        var texts = new HashSet<string>(StringComparer.Ordinal);
        foreach (var english in Directory.EnumerateFiles(Path.Combine(root, "web", "Portal.Web"), "*.resx", SearchOption.AllDirectories)
                     .Where(path => !path.EndsWith(".de.resx", StringComparison.Ordinal)))
        {
            var german = Values(Path.ChangeExtension(english, ".de.resx"));
            foreach (var (name, value) in Values(english))
            {
                if (german.TryGetValue(name, out var translated) && translated != value)
                {
                    texts.Add(value);
                }
            }
        }

        var loginTexts = File.ReadAllText(Path.Combine(root, "services", "Identity.Api", "Apis", "LoginPageTexts.cs"));
        var englishBlock = EnglishBlock().Match(loginTexts).Groups["block"].Value;
        var germanBlock = GermanBlock().Match(loginTexts).Groups["block"].Value;
        var germanValues = Literal().Matches(germanBlock).Select(m => m.Groups["text"].Value).ToHashSet(StringComparer.Ordinal);
        foreach (var text in Literal().Matches(englishBlock).Select(m => m.Groups["text"].Value).Where(t => !germanValues.Contains(t)))
        {
            texts.Add(text);
        }

        return [.. texts.Select(t => t.Trim()).Where(t => t.Length >= MinimumLength && !t.Contains('{') && !t.Contains('<'))];
    }

    private static Dictionary<string, string> Values(string resx) =>
        File.Exists(resx)
            ? XDocument.Load(resx).Root!.Elements("data").ToDictionary(d => (string)d.Attribute("name")!, d => (string?)d.Element("value") ?? "")
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

        throw new InvalidOperationException("The repository (Portal.sln) is not above the test's directory.");
    }

    [GeneratedRegex(@"LoginPageTexts English = new\(\)\s*\{(?<block>.*?)\n    \};", RegexOptions.Singleline)]
    private static partial Regex EnglishBlock();

    [GeneratedRegex(@"LoginPageTexts German = new\(\)\s*\{(?<block>.*?)\n    \};", RegexOptions.Singleline)]
    private static partial Regex GermanBlock();

    [GeneratedRegex(@"=\s*""(?<text>(?:[^""\\]|\\.)*)""")]
    private static partial Regex Literal();
}
