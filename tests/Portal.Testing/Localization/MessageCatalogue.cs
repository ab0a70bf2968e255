using System.Reflection;
using System.Text.RegularExpressions;
using Portal.ServiceDefaults.Errors;
using Portal.ServiceDefaults.Localization;
using Xunit;

namespace Portal.Testing.Localization;

/// <summary>
/// Every sentence a service can answer with, found where it is written: the static <see cref="ProblemMessage"/>,
/// <see cref="FieldMessage"/> and <see cref="LocalizedText"/> members of its assembly. The check fails on a German
/// text left equal to the English one, a placeholder one language lacks, or a code that is not lower_snake_case.
/// </summary>
public static partial class MessageCatalogue
{
    public sealed record Entry(string Where, string? Code, LocalizedText Text);

    public static IReadOnlyList<Entry> Of(Assembly assembly)
    {
        var entries = new List<Entry>();
        foreach (var type in assembly.GetTypes())
        {
            foreach (var field in type.GetFields(BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
            {
                if (field.FieldType == typeof(ProblemMessage) || field.FieldType == typeof(FieldMessage) || field.FieldType == typeof(LocalizedText))
                {
                    Collect($"{type.FullName}.{field.Name}", field.GetValue(null), entries);
                }
            }
        }

        return entries;
    }

    public static void AssertComplete(Assembly assembly, params string[] sameInBothLanguages)
    {
        var entries = Of(assembly);
        Assert.True(entries.Count > 0, $"{assembly.GetName().Name} holds no messages: the catalogue is not where this check looks.");
        var failures = entries.SelectMany(entry => Failures(entry, sameInBothLanguages)).ToList();
        Assert.True(failures.Count == 0, $"{failures.Count} incomplete messages in {assembly.GetName().Name}:\n{string.Join("\n", failures)}");
    }

    private static void Collect(string where, object? value, List<Entry> entries)
    {
        switch (value)
        {
            case ProblemMessage problem:
                entries.Add(new Entry($"{where} (title)", problem.Code, problem.Title));
                if (problem.Detail is { } detail)
                {
                    entries.Add(new Entry($"{where} (detail)", problem.Code, detail));
                }

                break;
            case FieldMessage field:
                entries.Add(new Entry(where, field.Code, field.Text));
                break;
            case LocalizedText text:
                entries.Add(new Entry(where, null, text));
                break;
        }
    }

    private static IEnumerable<string> Failures(Entry entry, string[] sameInBothLanguages)
    {
        var (english, german) = (entry.Text.English, entry.Text.German);
        if (string.IsNullOrWhiteSpace(english) || string.IsNullOrWhiteSpace(german))
        {
            yield return $"{entry.Where}: a language is empty";
        }
        else if (english == german && !sameInBothLanguages.Contains(english))
        {
            yield return $"{entry.Where}: the German text is the English one (\"{english}\")";
        }

        if (!Placeholders(english).SetEquals(Placeholders(german)))
        {
            yield return $"{entry.Where}: the placeholders differ (\"{english}\" / \"{german}\")";
        }

        if (entry.Code is { } code && !CodeShape().IsMatch(code))
        {
            yield return $"{entry.Where}: the code \"{code}\" is not lower_snake_case";
        }
    }

    private static HashSet<string> Placeholders(string text) =>
        [.. Placeholder().Matches(text).Select(m => m.Groups["index"].Value)];

    [GeneratedRegex(@"\{(?<index>\d+)(?:[,:][^}]*)?\}")]
    private static partial Regex Placeholder();

    [GeneratedRegex("^[a-z][a-z0-9]*(_[a-z0-9]+)*$")]
    private static partial Regex CodeShape();
}
