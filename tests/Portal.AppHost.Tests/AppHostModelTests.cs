using System.Text.RegularExpressions;
using Aspire.Hosting.ApplicationModel;
using Portal.AppHost.Tests.Infrastructure;
using Portal.Contracts;
using Portal.Hosting.Postgres;
using Portal.Hosting.RabbitMQ;

namespace Portal.AppHost.Tests;

/// <summary>What Portal.AppHost/AppHost.cs declares: who uses what, in which order things start, on which ports.</summary>
public sealed class AppHostModelTests(AppHostModel model) : IClassFixture<AppHostModel>
{
    public static TheoryData<string, string> ServicesAndTheirDatabases => new()
    {
        { ResourceNames.Tenants, ResourceNames.TenantsDb },
        { ResourceNames.Identity, ResourceNames.IdentityDb },
        { ResourceNames.Notifications, ResourceNames.NotificationsDb },
        { ResourceNames.Assets, ResourceNames.AssetsDb },
    };

    [Theory]
    [MemberData(nameof(ServicesAndTheirDatabases))]
    public void EachServiceReferencesItsOwnDatabaseAndTheEventBusAndWaitsForThemToBeHealthy(string service, string database)
    {
        var resource = model.Resource(service);

        Assert.Contains(database, References(resource));
        Assert.Contains(ResourceNames.EventBus, References(resource));
        Assert.DoesNotContain(References(resource), OtherDatabases(database).Contains);
        Assert.Contains(database, WaitsUntilHealthy(resource));
        Assert.Contains(ResourceNames.EventBus, WaitsUntilHealthy(resource));
    }

    [Fact]
    public void NotificationsSendsItsMailThroughMailDevAndWaitsForIt()
    {
        var notifications = model.Resource(ResourceNames.Notifications);

        Assert.Contains(ResourceNames.MailDev, References(notifications));
        Assert.Contains(ResourceNames.MailDev, WaitsUntilHealthy(notifications));
    }

    [Fact]
    public void TheWebAppKeepsItsSessionsInItsOwnDatabaseAndWaitsForIt()
    {
        var web = model.Resource(ResourceNames.Web);

        Assert.Contains(ResourceNames.WebDb, References(web));
        Assert.Contains(ResourceNames.WebDb, WaitsUntilHealthy(web));
        Assert.DoesNotContain(References(web), OtherDatabases(ResourceNames.WebDb).Contains);
    }

    [Fact]
    public void EveryProcessRunsOnceUnlessReplicasAreAskedFor()
    {
        Assert.All(Processes, name => Assert.Equal(1, ReplicaCount(model.Resource(name))));
    }

    [Fact]
    public async Task TheReplicasParameterRunsThatManyCopiesOfEveryServiceTheWebAppAndTheGateway()
    {
        var run = new RunDirectory();
        try
        {
            await using var builder = await AppHostModel.BuildAsync(run, "--Parameters:replicas=3");

            Assert.All(Processes, name => Assert.Equal(3, ReplicaCount(builder.Resources.Single(r => r.Name == name))));
            Assert.Equal(1, ReplicaCount(builder.Resources.Single(r => r.Name == ResourceNames.Postgres)));
        }
        finally
        {
            run.Delete();
        }
    }

    [Theory]
    [InlineData("0")]
    [InlineData("9")]
    [InlineData("two")]
    public async Task AReplicaCountThatIsNotOneToEightIsRefusedWithTheReason(string replicas)
    {
        var run = new RunDirectory();
        try
        {
            // The AppHost's entry point throws; the testing builder may hand it on wrapped.
            var refused = await Assert.ThrowsAnyAsync<Exception>(() => AppHostModel.BuildAsync(run, $"--Parameters:replicas={replicas}"));

            Assert.Contains(
                $"Parameters:replicas must be a whole number from 1 to 8; it is '{replicas}'",
                string.Join(" | ", Chain(refused).Select(e => e.Message)), StringComparison.Ordinal);
        }
        finally
        {
            run.Delete();
        }
    }

    private static readonly string[] Processes =
        [ResourceNames.Tenants, ResourceNames.Identity, ResourceNames.Notifications, ResourceNames.Assets, ResourceNames.Web, ResourceNames.Gateway];

    private static IEnumerable<Exception> Chain(Exception exception)
    {
        for (Exception? current = exception; current is not null; current = current.InnerException)
        {
            yield return current;
        }
    }

    private static int ReplicaCount(IResource resource) =>
        resource.Annotations.OfType<ReplicaAnnotation>().LastOrDefault()?.Replicas ?? 1;

    [Fact]
    public void TheGatewayWaitsForTheFourServicesTheWebAppAndItsOwnDatabase()
    {
        var gateway = model.Resource(ResourceNames.Gateway);

        // Its database holds the sign-in rate limits that all its replicas count into.
        string[] upstream = [ResourceNames.Tenants, ResourceNames.Identity, ResourceNames.Notifications, ResourceNames.Assets, ResourceNames.Web, ResourceNames.GatewayDb];
        // Waiting for a database waits for its server too.
        Assert.Equal(upstream.Append(ResourceNames.Postgres).Order(), WaitsUntilHealthy(gateway).Order());
        Assert.Equal(upstream.Order(), References(gateway).Order());
        Assert.DoesNotContain(References(gateway), OtherDatabases(ResourceNames.GatewayDb).Contains);
    }

    [Theory]
    [InlineData(ResourceNames.Gateway, "http", 5000)]
    [InlineData(ResourceNames.Postgres, "tcp", 54320)]
    [InlineData(ResourceNames.EventBus, "tcp", 56720)]
    [InlineData(ResourceNames.MailDev, "smtp", 1025)]
    [InlineData(ResourceNames.MailDev, "http", 1080)]
    public void TheDevelopmentPortIsFixed(string resource, string endpoint, int port)
    {
        var annotation = model.Resource(resource).Annotations.OfType<EndpointAnnotation>().Single(e => e.Name == endpoint);

        Assert.Equal(port, annotation.Port);
    }

    [Theory]
    [InlineData(ResourceNames.TenantsDb, @"^Host=localhost;Port=54320;Username=postgres;Password=[A-Za-z0-9]{24,};Database=tenantsdb$")]
    [InlineData(ResourceNames.IdentityDb, @"^Host=localhost;Port=54320;Username=postgres;Password=[A-Za-z0-9]{24,};Database=identitydb$")]
    [InlineData(ResourceNames.NotificationsDb, @"^Host=localhost;Port=54320;Username=postgres;Password=[A-Za-z0-9]{24,};Database=notificationsdb$")]
    [InlineData(ResourceNames.AssetsDb, @"^Host=localhost;Port=54320;Username=postgres;Password=[A-Za-z0-9]{24,};Database=assetsdb$")]
    [InlineData(ResourceNames.GatewayDb, @"^Host=localhost;Port=54320;Username=postgres;Password=[A-Za-z0-9]{24,};Database=gatewaydb$")]
    [InlineData(ResourceNames.EventBus, @"^amqp://portal:[A-Za-z0-9]{24,}@localhost:56720$")]
    [InlineData(ResourceNames.MailDev, @"^smtp://localhost:1025$")]
    public async Task TheConnectionStringHasTheShapeTheServicesRead(string resource, string pattern)
    {
        var connectionString = await ((IResourceWithConnectionString)model.Resource(resource)).GetConnectionStringAsync();

        Assert.Matches(new Regex(pattern), connectionString);
    }

    [Fact]
    public async Task ThePasswordsAreGeneratedSecretParametersThatTheConnectionStringsCarry()
    {
        var postgres = (PostgresServerResource)model.Resource(ResourceNames.Postgres);
        var eventBus = (RabbitMQServerResource)model.Resource(ResourceNames.EventBus);

        foreach (var (password, connectionString) in new[]
        {
            (postgres.PasswordParameter, await ((IResourceWithConnectionString)postgres).GetConnectionStringAsync()),
            (eventBus.PasswordParameter, await ((IResourceWithConnectionString)eventBus).GetConnectionStringAsync()),
        })
        {
            Assert.Same(password, model.Resource(password.Name));
            Assert.True(password.Secret, $"{password.Name} is not secret");
            Assert.NotNull(password.Default);
            var value = await password.GetValueAsync(default);
            Assert.False(string.IsNullOrEmpty(value));
            Assert.Contains(value, connectionString, StringComparison.Ordinal);
        }

        Assert.Equal(["eventbus-password", "postgres-password"], new[] { postgres.PasswordParameter.Name, eventBus.PasswordParameter.Name }.Order());
    }

    private static IEnumerable<string> References(IResource resource) =>
        resource.Annotations.OfType<ResourceRelationshipAnnotation>().Where(r => r.Type == "Reference").Select(r => r.Resource.Name).Distinct();

    private static IEnumerable<string> WaitsUntilHealthy(IResource resource) =>
        resource.Annotations.OfType<WaitAnnotation>().Where(w => w.WaitType == WaitType.WaitUntilHealthy).Select(w => w.Resource.Name).Distinct();

    private static string[] OtherDatabases(string database) =>
        [.. new[] { ResourceNames.TenantsDb, ResourceNames.IdentityDb, ResourceNames.NotificationsDb, ResourceNames.AssetsDb, ResourceNames.GatewayDb, ResourceNames.WebDb }.Where(d => d != database)];
}
