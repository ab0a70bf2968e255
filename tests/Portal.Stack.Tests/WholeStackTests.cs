using System.Net;
using System.Net.Http.Json;
using Aspire.Hosting.ApplicationModel;
using Portal.Contracts;
using Portal.Stack.Tests.Infrastructure;

namespace Portal.Stack.Tests;

[Collection(StackCollection.Name)]
public sealed class WholeStackTests(StackFixture stack)
{
    [Fact]
    public async Task EveryResourceRunsHealthy()
    {
        // What an operator sees on the dashboard's resources page: no parameters, nothing hidden. The processes run
        // as replicas, each with a state of its own; the servers and databases once.
        string[] processes = [ResourceNames.Assets, ResourceNames.Gateway, ResourceNames.Identity, ResourceNames.Notifications, ResourceNames.Tenants, ResourceNames.Web];
        string[] servers =
        [
            ResourceNames.AssetsDb, ResourceNames.EventBus, ResourceNames.GatewayDb, ResourceNames.IdentityDb, ResourceNames.MailDev,
            ResourceNames.NotificationsDb, ResourceNames.Postgres, ResourceNames.TenantsDb, ResourceNames.WebDb,
        ];
        string[] expected = [.. processes, .. servers, $"{ResourceNames.Postgres}-init"];
        Assert.Equal(
            expected.Order(StringComparer.Ordinal),
            stack.Resources
                .Where(r => r is not ParameterResource)
                .Where(r => !(stack.App.ResourceNotifications.TryGetCurrentState(r.Name, out var state) && state.Snapshot.IsHidden))
                .Select(r => r.Name).Order(StringComparer.Ordinal));
        Assert.All(servers, name =>
        {
            Assert.True(stack.App.ResourceNotifications.TryGetCurrentState(name, out var state), $"{name} should have a state");
            Assert.False(state.Snapshot.IsHidden);
            Assert.Equal(KnownResourceStates.Running, state.Snapshot.State?.Text);
            Assert.Equal("Healthy", state.Snapshot.HealthStatus?.ToString());
        });
        foreach (var process in processes)
        {
            Assert.Equal(StackFixture.Replicas, (await stack.App.RunningAsync(process, StackFixture.Replicas)).Count);
        }

        // The one-shot step that creates PostgreSQL's cluster ran and ended well.
        Assert.True(stack.App.ResourceNotifications.TryGetCurrentState($"{ResourceNames.Postgres}-init", out var init));
        Assert.Equal(KnownResourceStates.Finished, init.Snapshot.State?.Text);
        Assert.Equal(0, init.Snapshot.ExitCode);
    }

    [Theory]
    [InlineData("tenants", "tenantsdb")]
    [InlineData("identity", "identitydb")]
    [InlineData("notifications", "notificationsdb")]
    [InlineData("assets", "assetsdb")]
    public async Task EachServiceAnswersItsInfoThroughTheGatewayFromItsOwnMigratedDatabase(string service, string database)
    {
        using var response = await stack.Gateway.GetAsync($"/api/{service}/info");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var info = await response.Content.ReadFromJsonAsync<InfoResponse>();
        Assert.Equal(service, info!.Service);
        Assert.Equal(database, info.Database);
        // The last applied migration's id (yyyyMMddHHmmss_Name); later migrations keep adding to it.
        Assert.Matches(@"^\d{14}_\w+$", info.SchemaVersion);
        Assert.Equal("Development", info.Environment);
    }

    [Fact]
    public async Task TheWebAppAnswersThroughTheGateway()
    {
        using var response = await stack.Gateway.GetAsync("/");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("Portal", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task AnUnknownApiRouteIsAProblemNotAWebPage()
    {
        using var response = await stack.Gateway.GetAsync("/api/tenants/no-such-thing");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task MailDevReceivesOnItsSmtpPortAndListsOnItsApi()
    {
        using var maildev = stack.App.CreateHttpClient(ResourceNames.MailDev);
        using var response = await maildev.GetAsync("/api/email");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    private sealed record InfoResponse(string Service, string Version, string Environment, string Database, string? SchemaVersion);
}
