using Portal.Contracts;
using Portal.Dashboard.Tests.Infrastructure;

namespace Portal.Dashboard.Tests;

/// <summary>The structured logs page has something for every service an operator might look into.</summary>
[Collection(StackWithDashboardCollection.Name)]
public sealed class StructuredLogTests(StackWithDashboardFixture stack)
{
    [Theory]
    [InlineData(ResourceNames.Tenants)]
    [InlineData(ResourceNames.Identity)]
    [InlineData(ResourceNames.Notifications)]
    [InlineData(ResourceNames.Assets)]
    [InlineData(ResourceNames.Gateway)]
    public async Task TheStructuredLogsOfEachServiceArriveUnderItsOwnName(string resource)
    {
        // Every service logs while it starts (migrations, the bus, the host): once exported, it is in the dashboard.
        var logs = await Eventually.ReturnsAsync(
            () => stack.Telemetry.LogsAsync(resource),
            l => l.Count > 0,
            TimeSpan.FromSeconds(30),
            because: $"the structured logs of {resource}");

        // Under its own name, as the resource filter of the structured logs page shows them.
        Assert.All(logs, r => Assert.Equal(resource, r.Resource));
        Assert.All(logs, r => Assert.False(string.IsNullOrEmpty(r.Category), $"A record without its category: {r}"));
    }

    [Fact]
    public async Task TheTelemetryApiAnswersOnlyWithTheKey()
    {
        Assert.Equal(System.Net.HttpStatusCode.Unauthorized, await stack.Telemetry.StatusWithoutKeyAsync("/api/telemetry/resources"));
        Assert.NotEmpty(await stack.Telemetry.LogsAsync(ResourceNames.Gateway));
    }
}
