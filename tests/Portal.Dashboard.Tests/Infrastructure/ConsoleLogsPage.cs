using Microsoft.Playwright;

namespace Portal.Dashboard.Tests.Infrastructure;

/// <summary>The dashboard's console logs page of one resource.</summary>
public static class ConsoleLogsPage
{
    /// <summary>
    /// The log viewer renders only the lines near its scroll position (Blazor's Virtualize): scroll through it
    /// from the top, as an operator would, until a line matches the regular expression <paramref name="pattern"/>.
    /// Retried while the page is still loading the resource's logs.
    /// </summary>
    public static async Task<bool> ShowsLineAsync(IPage page, string pattern)
    {
        ArgumentNullException.ThrowIfNull(page);
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(30);
        while (true)
        {
            if (await page.EvaluateAsync<bool>(ScrollAndSearch, pattern))
            {
                return true;
            }

            if (DateTime.UtcNow > deadline)
            {
                return false;
            }

            await Task.Delay(500);
        }
    }

    private const string ScrollAndSearch = """
        async (pattern) => {
            const re = new RegExp(pattern);
            const found = () => Array.from(document.querySelectorAll('.log-content')).some(e => re.test(e.textContent));
            const box = document.querySelector('.log-overflow');
            if (!box) return false;
            for (let top = 0; top <= box.scrollHeight; top += Math.max(100, box.clientHeight / 2)) {
                box.scrollTop = top;
                // Virtualize asks the server for the lines of the new position: give it a round trip.
                await new Promise(resolve => setTimeout(resolve, 250));
                if (found()) return true;
            }
            return found();
        }
        """;
}
