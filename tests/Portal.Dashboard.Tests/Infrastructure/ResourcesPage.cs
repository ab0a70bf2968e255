using Microsoft.Playwright;

namespace Portal.Dashboard.Tests.Infrastructure;

/// <summary>The dashboard's resources grid, read as an operator reads it: one row per resource, its name and state.</summary>
public static class ResourcesPage
{
    public static ILocator Rows(IPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        return page.Locator("tr.resource-row");
    }

    /// <summary>The row whose name cell reads exactly <paramref name="resource"/> (tenants, not tenantsdb).</summary>
    public static ILocator Row(IPage page, string resource) =>
        Rows(page).Filter(new() { Has = page.Locator(".resource-name-text", new() { HasTextRegex = new($"^{System.Text.RegularExpressions.Regex.Escape(resource)}$") }) });

    /// <summary>
    /// The state column's text: "Running", or e.g. "Running (Unhealthy)" while a health check fails (without
    /// the badge of unread error logs beside it).
    /// </summary>
    public static ILocator State(IPage page, string resource) =>
        Row(page, resource).Locator(".state-column-cell > span").First;

    /// <summary>The names the grid lists, in its order.</summary>
    public static async Task<IReadOnlyList<string>> NamesAsync(IPage page) =>
        [.. (await Rows(page).Locator(".resource-name-text").AllInnerTextsAsync()).Select(n => n.Trim())];
}
