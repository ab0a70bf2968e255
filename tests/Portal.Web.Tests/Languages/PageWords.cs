using Microsoft.Playwright;

namespace Portal.Web.Tests.Languages;

/// <summary>Every word a page shows a person: its text, and the labels, hints and titles of its controls.</summary>
public static class PageWords
{
    private const string Script = """
        withRows => {
          // Rows are records; where other tests' records show too (the provider's lists), only the page's own words count.
          const rows = withRows ? [] : [...document.querySelectorAll('tbody')];
          rows.forEach(row => row.style.setProperty('display', 'none'));
          const words = [document.title, document.body.innerText];
          rows.forEach(row => row.style.removeProperty('display'));
          for (const element of document.querySelectorAll('[placeholder], [aria-label], [title], [alt]')) {
            for (const name of ['placeholder', 'aria-label', 'title', 'alt']) {
              const value = element.getAttribute(name);
              if (value && !rows.some(row => row.contains(element))) words.push(value);
            }
          }
          return words.join('\n');
        }
        """;

    /// <param name="withRows">Whether the tables' rows count: not where the page lists records others made.</param>
    public static Task<string> OfAsync(IPage page, bool withRows) => page.EvaluateAsync<string>(Script, withRows);

    /// <summary>
    /// Waits until the page has drawn what it loads: its heading, <paramref name="expected"/> (a record the
    /// test made, so the tables hold data; empty for a page without a table) and no progress bar of MudBlazor left.
    /// </summary>
    public static async Task SettledAsync(IPage page, string expected)
    {
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 }).First).ToBeVisibleAsync();
        if (expected.Length > 0)
        {
            await Assertions.Expect(page.GetByText(expected, new() { Exact = false }).First).ToBeVisibleAsync();
        }

        await Assertions.Expect(page.Locator(".mud-progress-linear, .mud-progress-circular, .mud-skeleton")).ToHaveCountAsync(0);
    }
}
