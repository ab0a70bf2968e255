using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Aspire.Hosting.Testing;
using MassTransit;
using Portal.AppHost;
using Portal.Contracts;
using Portal.Hosting.Postgres;
using Portal.Hosting.Projects;
using Portal.Hosting.RabbitMQ;

namespace Identity.Api.Tests.Infrastructure;

/// <summary>
/// Identity with its database and the broker, plus the tenants service (which creates the provider
/// and validates identity's tokens with the shared JwtBearer code), started once for all tests of
/// the assembly on Aspire.Hosting.Testing. Tests talk to identity directly, not through
/// the gateway (whose rate limit on /connect/token would get in the way). A bus lets tests publish
/// tenants' events (customers, departments) as the tenants service would.
/// </summary>
public sealed class IdentityFixture : IAsyncLifetime
{
    /// <summary>The public URL (issuer) the services are told; nothing listens there, which proves no request needs it.</summary>
    public const string PublicUrl = "http://portal.test";

    public const string AdminEmail = "first.admin@provider.test";
    public const string AdminPassword = "first-administrator-password";
    public const string ServiceClientId = "portal-test-service";
    public const string ServiceClientSecret = "portal-test-service-secret-0123456789";

    /// <summary>Requests per client address and credential endpoint in <see cref="RateLimitWindow"/>.</summary>
    public const int RateLimitPermits = 100;

    public static readonly TimeSpan RateLimitWindow = TimeSpan.FromSeconds(10);

    /// <summary>The resource of the second identity process, not started with the others (see <see cref="AddIdentity"/>).</summary>
    public const string SecondReplica = "identity-replica";

    public static readonly Guid ProviderId = Guid.Parse(DevelopmentAccounts.ProviderId);

    private DistributedApplication? _app;
    private IBusControl? _bus;

    public DistributedApplication App => _app ?? throw new InvalidOperationException("The application has not started.");

    public HttpClient Identity { get; private set; } = null!;
    public HttpClient Tenants { get; private set; } = null!;
    public Database IdentityDb { get; private set; } = null!;

    /// <summary>Identity's clock; tests that move it reset it when they end.</summary>
    public Portal.Testing.TestClock Clock => new(Identity);

    /// <summary>Tenants' clock; tests that move it reset it when they end.</summary>
    public Portal.Testing.TestClock TenantsClock => new(Tenants);
    public IBus Bus => _bus ?? throw new InvalidOperationException("The bus has not started.");

    /// <summary>The OpenID Connect provider of the SSO tests; identity knows it as <c>testidp</c> and <c>testentra</c>.</summary>
    public Sso.TestIdentityProvider Idp { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        // Before identity: it is told the provider's address at start.
        Idp = await Sso.TestIdentityProvider.StartAsync();
        var builder = TestApplications.CreateEmpty();
        {
            var postgres = builder.AddPostgresServer(ResourceNames.Postgres);
            var identityDb = postgres.AddDatabase(ResourceNames.IdentityDb);
            var tenantsDb = postgres.AddDatabase(ResourceNames.TenantsDb);
            var eventBus = builder.AddRabbitMQServer(ResourceNames.EventBus);
            var identity = AddIdentity(builder, ResourceNames.Identity, identityDb, eventBus);
            // A second identity process on the same database and broker, started only by the test that needs it
            // (RateLimitAcrossReplicasTests): two replicas, as a deployment runs them.
            AddIdentity(builder, SecondReplica, identityDb, eventBus).WithExplicitStart();
            builder.AddPortalService<Projects.Tenants_Api>(ResourceNames.Tenants)
                .WithReference(tenantsDb).WaitFor(tenantsDb)
                .WithReference(eventBus).WaitFor(eventBus)
                .WithReference(identity).WaitFor(identity)
                .WithEnvironment("Portal__PublicUrl", PublicUrl)
                .WithEnvironment("Bootstrap__ProviderId", DevelopmentAccounts.ProviderId)
                .WithEnvironment("Testing__AdjustableClock", "true");
        }

        _app = await builder.StartHealthyAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(1));

        Identity = _app.CreateHttpClient(ResourceNames.Identity);
        Tenants = _app.CreateHttpClient(ResourceNames.Tenants);
        IdentityDb = new Database((await _app.GetConnectionStringAsync(ResourceNames.IdentityDb))!);

        var broker = new Uri((await _app.GetConnectionStringAsync(ResourceNames.EventBus))!);
        _bus = MassTransit.Bus.Factory.CreateUsingRabbitMq(rabbit => rabbit.Host(broker.Host, (ushort)broker.Port, "/", host =>
        {
            var credentials = broker.UserInfo.Split(':', 2);
            host.Username(Uri.UnescapeDataString(credentials[0]));
            host.Password(Uri.UnescapeDataString(credentials[1]));
        }));
        await _bus.StartAsync(timeout.Token);
    }

    /// <summary>
    /// Identity as every test knows it. Both processes of <see cref="SecondReplica"/>'s test are configured alike: the
    /// seeding at start registers the clients from this configuration, and the rate limits must match to be shared.
    /// </summary>
    private IResourceBuilder<ProjectResource> AddIdentity(
        IDistributedApplicationTestingBuilder builder, string name, IResourceBuilder<PostgresDatabaseResource> identityDb, IResourceBuilder<RabbitMQServerResource> eventBus)
    {
        var identity = builder.AddPortalService<Projects.Identity_Api>(name)
            .WithReference(identityDb).WaitFor(identityDb)
            .WithReference(eventBus).WaitFor(eventBus)
            .WithEnvironment("Portal__PublicUrl", PublicUrl)
            .WithEnvironment("Bootstrap__ProviderId", DevelopmentAccounts.ProviderId)
            .WithEnvironment("Bootstrap__AdminEmail", AdminEmail)
            .WithEnvironment("Bootstrap__AdminPassword", AdminPassword)
            .WithEnvironment($"Identity__ServiceClients__{ServiceClientId}", ServiceClientSecret)
            .WithEnvironment("Identity__AllowPasswordGrant", "true")
            // Longer than identity allows: impersonation tests prove the 60-minute cap holds.
            .WithEnvironment("Identity__Impersonation__Lifetime", "02:00:00")
            .WithEnvironment("Testing__AdjustableClock", "true")
            .WithEnvironment("Testing__EndpointCatalog", "true")
            // High enough for every test's sign-ins from this machine's address; RateLimitTests
            // reach the limit from addresses of their own (X-Forwarded-For, believed from loopback).
            .WithEnvironment("Identity__RateLimits__PermitLimit", RateLimitPermits.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .WithEnvironment("Identity__RateLimits__Window", RateLimitWindow.ToString("c", System.Globalization.CultureInfo.InvariantCulture));
        Sso.SsoConfiguration.AddTestProviders(identity, Idp);
        return identity;
    }

    public async Task DisposeAsync()
    {
        if (_bus is not null)
        {
            await _bus.StopAsync();
        }

        if (_app is not null)
        {
            await _app.StopAndDeleteDataAsync();
        }

        if (Idp is not null)
        {
            await Idp.DisposeAsync();
        }
    }
}

[CollectionDefinition(Name)]
public sealed class IdentityCollection : ICollectionFixture<IdentityFixture>
{
    public const string Name = "Identity";
}
