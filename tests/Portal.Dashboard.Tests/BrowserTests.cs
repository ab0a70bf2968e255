using System.Diagnostics;
using Microsoft.Playwright;
using Portal.AppHost.Dashboard;
using Portal.Contracts;
using Portal.Dashboard.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Portal.Dashboard.Tests;

/// <summary>An operator in Chromium: the login link, then every page of the dashboard.</summary>
[Collection(StackWithDashboardCollection.Name)]
public sealed class BrowserTests(StackWithDashboardFixture stack)
{
    private static readonly string[] ChromiumArgs =
        ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync"];

    private DashboardHost Dashboard => stack.App.Dashboard!;

    [Fact]
    public async Task AnOperatorLogsInWithTheLinkAndOpensEveryPage()
    {
        var traceId = ActivityTraceId.CreateRandom().ToHexString();
        await stack.CreateDepartmentAsync($"Browsed {Guid.NewGuid():N}", $"00-{traceId}-{ActivitySpanId.CreateRandom().ToHexString()}-01");
        using var playwright = await Playwright.CreateAsync();
        // Playwright's own browser download cannot work here: the machine's Chromium stands in.
        await using var browser = await playwright.Chromium.LaunchAsync(new() { ExecutablePath = "/usr/bin/chromium", Headless = true, Args = ChromiumArgs });
        var page = await browser.NewPageAsync(new() { ViewportSize = new() { Width = 1440, Height = 900 } });
        var errors = new List<string>();
        // Script errors and Content-Security-Policy violations; a 404 of telemetry that has not arrived yet is expected.
        page.PageError += (_, error) => errors.Add(error);
        page.Console += (_, message) =>
        {
            if (message.Type == "error" && !message.Text.StartsWith("Failed to load resource: the server responded with a status of 404", StringComparison.Ordinal))
            {
                errors.Add(message.Text);
            }
        };

        await page.GotoAsync(Dashboard.LoginUrl.ToString());
        await Expect(page).ToHaveURLAsync(new Uri(Dashboard.Url, "/").ToString());
        var rows = page.Locator("#resources > tbody > tr");
        await Expect(rows).ToHaveCountAsync(stack.App.GetResources().Count);
        await Expect(rows.Filter(new() { HasText = ResourceNames.Gateway })).ToContainTextAsync("Running");
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = $"Restart {ResourceNames.Tenants}", Exact = true })).ToBeEnabledAsync();
        await page.ScreenshotAsync(new() { Path = Screenshot("dashboard-resources.png"), FullPage = true });

        await page.GotoAsync(new Uri(Dashboard.Url, $"/console?resource={ResourceNames.Tenants}").ToString());
        await Expect(page.Locator("#console div").First).ToBeVisibleAsync();

        await page.GotoAsync(new Uri(Dashboard.Url, $"/structured-logs?resource={ResourceNames.Tenants}").ToString());
        await Expect(page.Locator("#logs > tbody > tr").First).ToBeVisibleAsync(new() { Timeout = 20_000 });
        await page.ScreenshotAsync(new() { Path = Screenshot("dashboard-structured-logs.png") });

        await page.GetByRole(AriaRole.Link, new() { Name = "Traces", Exact = true }).ClickAsync();
        await Expect(page.Locator("#traces > tbody > tr").First).ToBeVisibleAsync(new() { Timeout = 20_000 });

        await page.GotoAsync(new Uri(Dashboard.Url, $"/traces/{traceId}").ToString());
        // The consumer's span arrives last: from the assets service, after the outbox published the event.
        await Expect(page.Locator($".span-row[data-resource='{ResourceNames.Assets}']").First).ToBeVisibleAsync(new() { Timeout = 45_000 });
        await Expect(page.Locator($".span-row[data-resource='{ResourceNames.Gateway}']").First).ToBeVisibleAsync();
        await page.Locator($".span-row[data-resource='{ResourceNames.Assets}']").Last.ClickAsync();
        await Expect(page.Locator("#span-details h2").First).ToBeVisibleAsync();
        await page.ScreenshotAsync(new() { Path = Screenshot("dashboard-trace.png"), FullPage = true });

        await page.GetByRole(AriaRole.Link, new() { Name = "Metrics" }).ClickAsync();
        await Expect(page.Locator("#request-charts figure").First).ToBeVisibleAsync(new() { Timeout = 20_000 });
        await Expect(page.Locator("#runtime-charts figure").First).ToBeVisibleAsync(new() { Timeout = 20_000 });
        await page.ScreenshotAsync(new() { Path = Screenshot("dashboard-metrics.png"), FullPage = true });

        Assert.Empty(errors);
    }

    /// <summary>
    /// Screenshots go to the test output; with <c>PORTAL_UPDATE_SCREENSHOTS=1</c> to docs/images/ of the
    /// repository, where the README shows them (so that an ordinary test run changes no tracked file).
    /// </summary>
    private static string Screenshot(string file)
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Portal.sln")))
        {
            directory = directory.Parent;
        }

        var images = Environment.GetEnvironmentVariable("PORTAL_UPDATE_SCREENSHOTS") == "1" && directory is not null
            ? Path.Combine(directory.FullName, "docs", "images")
            : Path.Combine(AppContext.BaseDirectory, "screenshots");
        Directory.CreateDirectory(images);
        return Path.Combine(images, file);
    }
}
