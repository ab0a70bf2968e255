using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Portal.AppHost;
using Portal.Web.Tests.Infrastructure;
using Portal.Web.Tests.Languages;
using Xunit.Abstractions;

namespace Portal.Web.Tests;

/// <summary>
/// The check that catches the next English word: a German customer administrator and a German member of
/// the provider's staff open every page of the customer portal and of the back office, with data in every
/// table, and no page may show a text of the English resources, MudBlazor's English pager included; then the
/// same walk in English, where no German text may appear. Browsers ask for the other language (Accept-Language),
/// so only the person's own language can be what the pages show.
/// </summary>
[Collection(WebStackCollection.Name)]
public sealed partial class LanguageWalkTests(WebStack stack, ITestOutputHelper output)
{
    private static readonly ResourceTexts Texts = ResourceTexts.OfThePortal;

    [Fact]
    public async Task EveryPageSpeaksGermanToAGermanUserAndEnglishToAnEnglishOne()
    {
        var world = await SeededWorld.CreateAsync(stack);
        var failures = new List<string>();

        // A customer sees only its own records, all named in codes; the provider's lists show every other
        // test's records too, so there only the page's own words are checked, not the rows.
        failures.AddRange(await WalkAsync(world.GermanCustomerAdmin, "en-US", world.CustomerPages, Texts.English, EnglishOnly(), "de", withRows: true));
        failures.AddRange(await WalkAsync(world.GermanStaff, "en-US", world.StaffPages, Texts.English, EnglishOnly(), "de", withRows: false));
        failures.AddRange(await WalkAsync(world.EnglishCustomerAdmin, "de-DE", world.CustomerPages, Texts.German, GermanOnly(), "en", withRows: true));
        failures.AddRange(await WalkAsync(DevelopmentAccounts.AdminEmail, "de-DE", world.StaffPages, Texts.German, GermanOnly(), "en", withRows: false,
            DevelopmentAccounts.AdminPassword));

        Assert.True(failures.Count == 0, $"Words of the other language:\n{string.Join("\n", failures)}");
    }

    private async Task<List<string>> WalkAsync(
        string account, string browserLocale, IReadOnlyList<(string Path, string Shows)> pages, IReadOnlyList<string> otherLanguage,
        Regex otherLanguagePatterns, string language, bool withRows, string password = PortalApi.UserPassword)
    {
        var failures = new List<string>();
        var page = await stack.NewPageAsync(browserLocale);
        await FailureArtifacts.KeepOnFailureAsync(page, $"{nameof(LanguageWalkTests)}-{language}-{account.Split('@')[0]}", async () =>
        {
            // Before sign-in the start page speaks the browser's language.
            await SignIn.FromAsync(page, "/", account, password, browserLocale.StartsWith("de", StringComparison.Ordinal) ? "Anmelden" : "Sign in");
            foreach (var (path, shows) in pages)
            {
                await page.GotoAsync(path);
                await PageWords.SettledAsync(page, shows);
                await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", language);
                var words = await PageWords.OfAsync(page, withRows);
                var found = ResourceTexts.FoundIn(words, otherLanguage).Concat(otherLanguagePatterns.Matches(words).Select(m => m.Value)).Distinct().ToList();
                output.WriteLine($"{language} {path}: {words.Length} characters, {found.Count} of the other language {string.Join(" | ", found)}");
                if (found.Count > 0)
                {
                    await Screenshots.SaveAsync(page, $"language-walk-{language}-{path.Trim('/').Replace('/', '-')}");
                    failures.Add($"{language} {account} {path}: {string.Join(" | ", found.Select(f => $"\"{f}\""))}");
                }
            }
        });
        return failures;
    }

    /// <summary>MudBlazor's own English, which no resource of ours holds: the pager's "1-10 of 42" and its label.</summary>
    [GeneratedRegex(@"\b\d+\s*-\s*\d+ of \d+\b|Rows per page|No matching records found|Nothing found|\bLoading\.\.\.")]
    private static partial Regex EnglishOnly();

    [GeneratedRegex(@"\b\d+\s*-\s*\d+ von \d+\b|Zeilen pro Seite|Einträge pro Seite|Keine passenden Einträge")]
    private static partial Regex GermanOnly();
}
