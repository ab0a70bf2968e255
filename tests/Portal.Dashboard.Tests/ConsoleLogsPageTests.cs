using Portal.Contracts;
using Portal.Dashboard.Tests.Infrastructure;

namespace Portal.Dashboard.Tests;

/// <summary>Each resource's console logs page shows what that process itself printed, not only Aspire's own lines.</summary>
[Collection(StackWithDashboardCollection.Name)]
public sealed class ConsoleLogsPageTests(StackWithDashboardFixture stack)
{
    [Theory]
    [InlineData(ResourceNames.Postgres + "-init", "The files belonging to this database system will be owned by user")]
    [InlineData(ResourceNames.Postgres, "database system is ready to accept connections")]
    [InlineData(ResourceNames.EventBus, "Server startup complete")]
    [InlineData(ResourceNames.MailDev, "MailDev API running at")]
    // A project's host prints its own directory as it starts.
    [InlineData(ResourceNames.Tenants, @"Content root path: \S*/services/Tenants\.Api\s*$")]
    [InlineData(ResourceNames.Identity, @"Content root path: \S*/services/Identity\.Api\s*$")]
    [InlineData(ResourceNames.Notifications, @"Content root path: \S*/services/Notifications\.Api\s*$")]
    [InlineData(ResourceNames.Assets, @"Content root path: \S*/services/Assets\.Api\s*$")]
    [InlineData(ResourceNames.Web, @"Content root path: \S*/web/Portal\.Web\s*$")]
    [InlineData(ResourceNames.Gateway, @"Content root path: \S*/gateway/Portal\.Gateway\s*$")]
    public async Task EachResourcesConsoleLogsPageShowsLinesOfItsOwn(string resource, string pattern)
    {
        await using var browser = await DashboardBrowser.LaunchAsync();
        var page = await browser.SignedInPageAsync(stack);

        await page.GotoAsync(new Uri(stack.DashboardUrl, $"/consolelogs/resource/{resource}").ToString());

        Assert.True(await ConsoleLogsPage.ShowsLineAsync(page, pattern), $"The console logs of {resource} never showed a line matching '{pattern}'.");
    }
}
