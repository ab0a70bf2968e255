using Portal.Dashboard.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Portal.Dashboard.Tests;

/// <summary>Only the login link the AppHost prints opens the dashboard.</summary>
[Collection(StackWithDashboardCollection.Name)]
public sealed class LoginTests(StackWithDashboardFixture stack)
{
    [Fact]
    public async Task TheLoginLinkOpensTheResourcesPage()
    {
        await using var browser = await DashboardBrowser.LaunchAsync();
        var page = await browser.NewPageAsync();

        await page.GotoAsync(stack.LoginUrl.ToString());

        await Expect(page).ToHaveURLAsync(new Uri(stack.DashboardUrl, "/").ToString());
        await Expect(ResourcesPage.Rows(page).First).ToBeVisibleAsync();
    }

    [Fact]
    public async Task AVisitWithoutTheTokenIsSentToTheLoginPageAndSeesNoResources()
    {
        await using var browser = await DashboardBrowser.LaunchAsync();
        var page = await browser.NewPageAsync();

        await page.GotoAsync(stack.DashboardUrl.ToString());

        await Expect(page).ToHaveURLAsync(new Uri(stack.DashboardUrl, "/login?returnUrl=%2F").ToString());
        await ExpectTheTokenFormWithoutResourcesAsync(page);
    }

    [Fact]
    public async Task ALoginLinkWithAWrongTokenStaysOnTheLoginPage()
    {
        await using var browser = await DashboardBrowser.LaunchAsync();
        var page = await browser.NewPageAsync();

        await page.GotoAsync(new Uri(stack.DashboardUrl, "/login?t=guessed-token").ToString());

        await ExpectTheTokenFormWithoutResourcesAsync(page);
        await page.GotoAsync(stack.DashboardUrl.ToString());
        await Expect(page).ToHaveURLAsync(new Uri(stack.DashboardUrl, "/login?returnUrl=%2F").ToString());
    }

    private static async Task ExpectTheTokenFormWithoutResourcesAsync(Microsoft.Playwright.IPage page)
    {
        await Expect(page.Locator("#token-text-field")).ToBeVisibleAsync();
        Assert.Equal(0, await ResourcesPage.Rows(page).CountAsync());
        Assert.DoesNotContain(Portal.Contracts.ResourceNames.Tenants, await page.InnerTextAsync("body"), StringComparison.Ordinal);
    }
}
