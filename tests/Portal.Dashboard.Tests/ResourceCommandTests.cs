using System.Net;
using Portal.AppHost.Dashboard.Api;
using Portal.Contracts;
using Portal.Dashboard.Tests.Infrastructure;

namespace Portal.Dashboard.Tests;

/// <summary>The resources page's buttons, through the API they call.</summary>
[Collection(StackWithDashboardCollection.Name)]
public sealed class ResourceCommandTests(StackWithDashboardFixture stack)
{
    [Fact]
    public async Task RestartingAServiceFromTheDashboardBringsItBackHealthyWithANewProcess()
    {
        var before = await stack.Dashboard.GetAsync<ResourceDto>($"/api/resources/{ResourceNames.Notifications}");

        using var response = await stack.Dashboard.RunCommandAsync(ResourceNames.Notifications, "restart");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var after = await Eventually.ReturnsAsync(
            () => stack.Dashboard.GetAsync<ResourceDto>($"/api/resources/{ResourceNames.Notifications}"),
            r => r is { State: "Running", Health: "Healthy" },
            TimeSpan.FromSeconds(60),
            because: "notifications to be healthy again");
        Assert.NotEqual(before!.ProcessId, after!.ProcessId);
        Assert.True(after.StartedAt > before.StartedAt);
        using var info = await stack.Gateway.GetAsync("/api/notifications/info");
        Assert.Equal(HttpStatusCode.OK, info.StatusCode);
    }

    [Fact]
    public async Task UnknownCommandsAndResourcesAreRefused()
    {
        using var unknownCommand = await stack.Dashboard.RunCommandAsync(ResourceNames.Notifications, "explode");
        using var unknownResource = await stack.Dashboard.RunCommandAsync("nothing-here", "restart");

        Assert.Equal(HttpStatusCode.BadRequest, unknownCommand.StatusCode);
        Assert.Contains("command", await unknownCommand.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, unknownResource.StatusCode);
    }
}
