using Microsoft.Playwright;

namespace Portal.Account.Tests.Infrastructure;

/// <summary>Debian's Chromium through Playwright (its own browser download cannot work here).</summary>
public sealed class Browser : IAsyncDisposable
{
    private static readonly string[] ChromiumArgs =
        ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync"];

    private readonly IPlaywright _playwright;
    private readonly IBrowser _browser;

    private Browser(IPlaywright playwright, IBrowser browser)
    {
        _playwright = playwright;
        _browser = browser;
    }

    public static async Task<Browser> LaunchAsync()
    {
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new() { ExecutablePath = "/usr/bin/chromium", Headless = true, Args = ChromiumArgs });
        return new Browser(playwright, browser);
    }

    /// <summary>A page whose browser asks for <paramref name="locale"/> (its Accept-Language).</summary>
    public async Task<IPage> NewPageAsync(string locale)
    {
        var context = await _browser.NewContextAsync(new() { Locale = locale, ViewportSize = new() { Width = 1024, Height = 900 } });
        return await context.NewPageAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await _browser.DisposeAsync();
        _playwright.Dispose();
    }

    /// <summary>
    /// With <c>PORTAL_SCREENSHOTS=1</c> into docs/images/web/ of the repository, where the docs show
    /// them; otherwise nothing, so that an ordinary test run changes no tracked file.
    /// </summary>
    public static async Task ScreenshotAsync(IPage page, string file)
    {
        if (Environment.GetEnvironmentVariable("PORTAL_SCREENSHOTS") != "1")
        {
            return;
        }

        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Portal.sln")))
        {
            directory = directory.Parent;
        }

        if (directory is null)
        {
            return;
        }

        var images = Path.Combine(directory.FullName, "docs", "images", "web");
        Directory.CreateDirectory(images);
        await page.ScreenshotAsync(new() { Path = Path.Combine(images, file), FullPage = true });
    }
}
