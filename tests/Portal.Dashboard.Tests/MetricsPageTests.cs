using Portal.Contracts;
using Portal.Dashboard.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Portal.Dashboard.Tests;

/// <summary>The dashboard has no metrics API: the metrics page is where an operator finds them.</summary>
[Collection(StackWithDashboardCollection.Name)]
public sealed class MetricsPageTests(StackWithDashboardFixture stack)
{
    [Theory]
    [InlineData(ResourceNames.Gateway)]
    [InlineData(ResourceNames.Tenants)]
    public async Task TheMetricsPageOffersRequestDurationsAndRuntimeMetrics(string resource)
    {
        // A request through the gateway to tenants, so that both have served one since the start.
        using var info = await stack.Gateway.GetAsync("/api/tenants/info");
        Assert.True(info.IsSuccessStatusCode, $"GET /api/tenants/info: {(int)info.StatusCode}");
        await using var browser = await DashboardBrowser.LaunchAsync();
        var page = await browser.SignedInPageAsync(stack);

        await page.GotoAsync(new Uri(stack.DashboardUrl, $"/metrics/resource/{resource}").ToString());

        // The instrument tree grows as exports arrive (every second in Development).
        // The tree item itself: its text sits in a part of its shadow DOM that the item draws over.
        var requestDuration = page.Locator("fluent-tree-item[title='http.server.request.duration']");
        await Expect(requestDuration).ToBeVisibleAsync(new() { Timeout = 30_000 });
        await Expect(page.GetByText("System.Runtime", new() { Exact = true })).ToBeVisibleAsync();
        await Expect(page.Locator("fluent-tree-item[title='dotnet.process.cpu.time']")).ToBeVisibleAsync();
        await requestDuration.ClickAsync();
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("meter=Microsoft\\.AspNetCore\\.Hosting.*instrument=http\\.server\\.request\\.duration"));
    }
}
