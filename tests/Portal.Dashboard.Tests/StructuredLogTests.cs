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
        // The host logs its start through ILogger like any other record: once exported, it is in the dashboard.
        var logs = await Eventually.ReturnsAsync(
            () => stack.Telemetry.LogsAsync(resource),
            l => l.Any(r => r.Category == "Microsoft.Hosting.Lifetime"),
            TimeSpan.FromSeconds(30),
            because: $"the structured logs of {resource}, its start among them");

        Assert.All(logs, r => Assert.Equal(resource, r.Resource));
        Assert.Contains(logs, r => r.Category == "Microsoft.Hosting.Lifetime" && r.Message.Contains("Application started", StringComparison.Ordinal));
    }

    [Fact]
    public async Task TheTelemetryApiAnswersOnlyWithTheKey()
    {
        Assert.Equal(System.Net.HttpStatusCode.Unauthorized, await stack.Telemetry.StatusWithoutKeyAsync("/api/telemetry/resources"));
        Assert.NotEmpty(await stack.Telemetry.LogsAsync(ResourceNames.Gateway));
    }
}
