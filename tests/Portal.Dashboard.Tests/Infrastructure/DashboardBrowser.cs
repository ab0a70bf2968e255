using Microsoft.Playwright;

namespace Portal.Dashboard.Tests.Infrastructure;

/// <summary>
/// An operator's Chromium on the dashboard: the machine's Chromium (Playwright's own browser download
/// cannot work here), headless, one fresh context (no cookies) per browser.
/// </summary>
public sealed class DashboardBrowser : IAsyncDisposable
{
    private static readonly string[] ChromiumArgs =
        ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync"];

    private readonly IPlaywright _playwright;
    private readonly IBrowser _browser;

    private DashboardBrowser(IPlaywright playwright, IBrowser browser)
    {
        _playwright = playwright;
        _browser = browser;
    }

    public static async Task<DashboardBrowser> LaunchAsync()
    {
        var playwright = await Playwright.CreateAsync();
        try
        {
            var browser = await playwright.Chromium.LaunchAsync(new() { ExecutablePath = "/usr/bin/chromium", Headless = true, Args = ChromiumArgs });
            return new DashboardBrowser(playwright, browser);
        }
        catch
        {
            playwright.Dispose();
            throw;
        }
    }

    /// <summary>A page that has not been to the login link: no dashboard cookie.</summary>
    public async Task<IPage> NewPageAsync()
    {
        var page = await _browser.NewPageAsync(new() { ViewportSize = new() { Width = 1600, Height = 1000 }, Locale = "en-US" });
        page.SetDefaultTimeout(20_000);
        return page;
    }

    /// <summary>A page signed in through the login link, as an operator opens the link the AppHost prints.</summary>
    public async Task<IPage> SignedInPageAsync(StackWithDashboardFixture stack)
    {
        ArgumentNullException.ThrowIfNull(stack);
        var page = await NewPageAsync();
        await page.GotoAsync(stack.LoginUrl.ToString());
        await page.WaitForURLAsync(url => !url.Contains("/login", StringComparison.Ordinal));
        return page;
    }

    public async ValueTask DisposeAsync()
    {
        await _browser.DisposeAsync();
        _playwright.Dispose();
    }
}
