using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Aspire.Hosting.Testing;
using Assets.Benchmarks;
using Portal.Contracts;
using Portal.Hosting.Postgres;
using Portal.Hosting.Projects;
using Portal.Hosting.RabbitMQ;
using Portal.Testing.Aspire;

namespace Replicas.Benchmarks;

/// <summary>
/// One PostgreSQL with one assets database, RabbitMQ, and two installations of the assets service over that same
/// database, each behind a gateway of its own: <c>assets</c> as one process behind gateway A, <c>assets-2</c> as
/// <see cref="MoreReplicas"/> processes (<c>WithReplicas</c>) behind gateway B. The same data and the same code, so
/// that the only difference between A and B is the number of replicas. Started like the tests start a service.
/// </summary>
public sealed class ReplicaStack : IAsyncDisposable
{
    public const int MoreReplicas = 2;

    private readonly DistributedApplication _app;

    private ReplicaStack(DistributedApplication app, string connectionString, IReadOnlyList<Configuration> configurations, IReadOnlyList<int> postgres)
    {
        _app = app;
        ConnectionString = connectionString;
        Configurations = configurations;
        Postgres = postgres;
    }

    /// <summary>The one assets database both installations use.</summary>
    public string ConnectionString { get; }

    /// <summary>One replica (A), then <see cref="MoreReplicas"/> (B).</summary>
    public IReadOnlyList<Configuration> Configurations { get; }

    /// <summary>PostgreSQL's process: its CPU time is shared by both configurations' reads.</summary>
    public IReadOnlyList<int> Postgres { get; }

    public static async Task<ReplicaStack> StartAsync(CancellationToken cancellation)
    {
        var builder = TestApplications.CreateEmpty();
        var postgres = builder.AddPostgresServer(ResourceNames.Postgres);
        var eventBus = builder.AddRabbitMQServer(ResourceNames.EventBus);
        var database = postgres.AddDatabase(ResourceNames.AssetsDb);
        // Both gateways count their sign-in rate limits in the gateway's database (reads are not limited).
        var gatewayDb = postgres.AddDatabase(ResourceNames.GatewayDb);
        (string Service, string Gateway, int Replicas)[] installations =
            [(ResourceNames.Assets, ResourceNames.Gateway, 1), ($"{ResourceNames.Assets}-2", $"{ResourceNames.Gateway}-2", MoreReplicas)];
        foreach (var (serviceName, gatewayName, replicas) in installations)
        {
            // Aspire's proxy stays in front of both services: it is what spreads connections over replicas, and Aspire
            // refuses replicas without it. The one replica gets the same hop, so that A and B differ in replicas only.
            var service = builder.AddPortalService<Projects.Assets_Api>(serviceName)
                .WithReference(database, ResourceNames.AssetsDb).WaitFor(database)
                .WithReference(eventBus).WaitFor(eventBus)
                .WithEnvironment("Identity__TestSigningKey", Tokens.SigningKey)
                .WithEnvironment("Portal__PublicUrl", Tokens.PublicUrl)
                // Request logging would measure the console, not the service.
                .WithEnvironment("Logging__LogLevel__Default", "Warning");
            if (replicas > 1)
            {
                service.WithReplicas(replicas);
            }

            // The gateway routes /api/assets to the service it discovers as "assets" (services__assets__http__0),
            // whatever the resource is called.
            var gateway = builder.AddPortalService<Projects.Portal_Gateway>(gatewayName)
                .WithEnvironment("Portal__PublicUrl", Tokens.PublicUrl)
                .WithEnvironment("Logging__LogLevel__Default", "Warning")
                .WithReference(gatewayDb).WaitFor(gatewayDb)
                .WithReference(service, ResourceNames.Assets).WaitFor(service);
            // The client talks to the gateway process itself, as a load balancer in front of it would.
            gateway.WithEndpointProxySupport(false);
        }

        var app = await builder.StartHealthyAsync();
        try
        {
            var connectionString = await app.GetConnectionStringAsync(ResourceNames.AssetsDb, cancellation)
                ?? throw new InvalidOperationException($"No {ResourceNames.AssetsDb}.");
            var configurations = new List<Configuration>();
            foreach (var (serviceName, gatewayName, replicas) in installations)
            {
                configurations.Add(new Configuration(
                    replicas, serviceName, gatewayName, app.CreateHttpClient(gatewayName),
                    await app.ProcessIdsAsync(gatewayName, 1, cancellation), await app.ProcessIdsAsync(serviceName, replicas, cancellation)));
            }

            return new ReplicaStack(app, connectionString, configurations, await app.ProcessIdsAsync(ResourceNames.Postgres, 1, cancellation));
        }
        catch
        {
            await app.StopAndDeleteDataAsync();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var configuration in Configurations)
        {
            configuration.Gateway.Dispose();
        }

        await _app.StopAndDeleteDataAsync();
    }
}

/// <summary>One installation: its gateway, and the processes whose CPU time the run reads.</summary>
/// <param name="Service">The assets resource behind the gateway.</param>
/// <param name="GatewayName">The gateway resource.</param>
/// <param name="Gateway">A client of the gateway, as the web app and API clients call it.</param>
public sealed record Configuration(int Replicas, string Service, string GatewayName, HttpClient Gateway, IReadOnlyList<int> GatewayProcesses, IReadOnlyList<int> ServiceProcesses)
{
    public string Name => Replicas == 1 ? "1 replica" : $"{Replicas} replicas";
}
