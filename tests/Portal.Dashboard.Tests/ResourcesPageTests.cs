using Aspire.Hosting.ApplicationModel;
using Portal.Contracts;
using Portal.Dashboard.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Portal.Dashboard.Tests;

/// <summary>The first page an operator sees: is everything up?</summary>
[Collection(StackWithDashboardCollection.Name)]
public sealed class ResourcesPageTests(StackWithDashboardFixture stack)
{
    /// <summary>The one-shot that creates PostgreSQL's cluster (Portal.Hosting): it has done its job once it finished.</summary>
    private static readonly string PostgresInit = $"{ResourceNames.Postgres}-init";

    [Fact]
    public async Task EveryResourceOfTheModelIsListedAsRunningAndHealthy()
    {
        var expected = ResourcesAnOperatorSees();
        await using var browser = await DashboardBrowser.LaunchAsync();
        var page = await browser.SignedInPageAsync(stack);

        await Expect(ResourcesPage.Rows(page)).ToHaveCountAsync(expected.Count);
        Assert.Equal(expected.Order(), (await ResourcesPage.NamesAsync(page)).Order());
        foreach (var resource in expected)
        {
            // Exactly "Running": the dashboard writes "Running (Unhealthy)" while a health check fails.
            await Expect(ResourcesPage.State(page, resource)).ToHaveTextAsync(resource == PostgresInit ? "Finished" : "Running");
        }

        Assert.Equal(0, await page.GetByText("Unhealthy").CountAsync());
        await Screenshots.SaveAsync(page, "dashboard-resources");
    }

    /// <summary>
    /// Every resource of the AppHost's model, less its parameters (the Parameters tab) and the helpers
    /// Aspire itself hides (the projects' "-rebuilder"s).
    /// </summary>
    private List<string> ResourcesAnOperatorSees() =>
        [.. stack.ModelResources.Where(name =>
            stack.App.ResourceNotifications.TryGetCurrentState(name, out var state)
            && !state.Snapshot.IsHidden
            && state.Resource is not ParameterResource)];
}
