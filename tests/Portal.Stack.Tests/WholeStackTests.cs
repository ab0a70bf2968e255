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
    public void EveryResourceRunsHealthy()
    {
        // What an operator sees on the dashboard's resources page: no parameters, nothing hidden.
        var resources = stack.Resources
            .Where(r => r is not ParameterResource && r.Name != $"{ResourceNames.Postgres}-init")
            .Select(r => (r.Name, State: stack.App.ResourceNotifications.TryGetCurrentState(r.Name, out var e) ? e.Snapshot : null))
            .Where(r => r.State is { IsHidden: false })
            .ToList();

        Assert.Equal(
            [
                ResourceNames.Assets, ResourceNames.AssetsDb, ResourceNames.EventBus, ResourceNames.Gateway,
                ResourceNames.GatewayDb, ResourceNames.Identity, ResourceNames.IdentityDb, ResourceNames.MailDev, ResourceNames.Notifications,
                ResourceNames.NotificationsDb, ResourceNames.Postgres, ResourceNames.Tenants, ResourceNames.TenantsDb,
                ResourceNames.Web,
            ],
            resources.Select(r => r.Name).Order(StringComparer.Ordinal));
        Assert.All(resources, resource =>
        {
            Assert.Equal(KnownResourceStates.Running, resource.State!.State?.Text);
            Assert.Equal("Healthy", resource.State.HealthStatus?.ToString());
        });
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
