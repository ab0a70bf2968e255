using Aspire.Hosting;
using Aspire.Hosting.Testing;
using Portal.Contracts;
using Portal.Hosting.Postgres;
using Portal.Hosting.Projects;
using Portal.Hosting.RabbitMQ;
using Portal.Testing.Aspire;

namespace Assets.Benchmarks;

/// <summary>
/// One assets service per size, each on a database of its own (one installation per provider, as Portal is run), on one
/// PostgreSQL and RabbitMQ, and the gateway in front of the largest; started like the tests start them. The other
/// services are not started: nothing the run sends is routed to them.
/// </summary>
public sealed class BenchmarkStack : IAsyncDisposable
{
    private readonly DistributedApplication _app;

    private BenchmarkStack(DistributedApplication app, IReadOnlyList<Installation> installations, HttpClient gateway)
    {
        _app = app;
        Installations = installations;
        Gateway = gateway;
    }

    /// <summary>Per size, smallest first: straight to its service, and its database.</summary>
    public IReadOnlyList<Installation> Installations { get; }

    /// <summary>Through the gateway to the largest size's service, as the web app and API clients call it.</summary>
    public HttpClient Gateway { get; }

    public static async Task<BenchmarkStack> StartAsync(int sizes)
    {
        var builder = TestApplications.CreateEmpty();
        var postgres = builder.AddPostgresServer(ResourceNames.Postgres);
        var eventBus = builder.AddRabbitMQServer(ResourceNames.EventBus);
        // The largest size's service carries the name the gateway routes to.
        var names = Enumerable.Range(0, sizes).Select(i => i == sizes - 1 ? ResourceNames.Assets : $"{ResourceNames.Assets}-{i + 1}").ToList();
        var services = names.Select(name =>
        {
            var database = postgres.AddDatabase(name == ResourceNames.Assets ? ResourceNames.AssetsDb : $"{name}db");
            var service = builder.AddPortalService<Projects.Assets_Api>(name)
                .WithReference(database, ResourceNames.AssetsDb).WaitFor(database)
                .WithReference(eventBus).WaitFor(eventBus)
                .WithEnvironment("Identity__TestSigningKey", Tokens.SigningKey)
                .WithEnvironment("Portal__PublicUrl", Tokens.PublicUrl)
                // Request logging would measure the console, not the service.
                .WithEnvironment("Logging__LogLevel__Default", "Warning");
            // Straight to the processes, as in a deployment: DCP's development proxy in front of each would be one
            // hop more on the gateway's path than on the direct one.
            service.WithEndpointProxySupport(false);
            return (Name: name, Database: database.Resource.Name, Service: service);
        }).ToList();
        // The gateway counts its sign-in rate limits in a database of its own.
        var gatewayDb = postgres.AddDatabase(ResourceNames.GatewayDb);
        var gateway = builder.AddPortalService<Projects.Portal_Gateway>(ResourceNames.Gateway)
            .WithReference(gatewayDb).WaitFor(gatewayDb)
            .WithEnvironment("Portal__PublicUrl", Tokens.PublicUrl)
            .WithEnvironment("Logging__LogLevel__Default", "Warning");
        gateway.WithReference(services[^1].Service).WaitFor(services[^1].Service);
        gateway.WithEndpointProxySupport(false);
        var app = await builder.StartHealthyAsync();
        try
        {
            var installations = new List<Installation>();
            foreach (var (name, database, _) in services)
            {
                var connectionString = await app.GetConnectionStringAsync(database) ?? throw new InvalidOperationException($"No {database}.");
                installations.Add(new Installation(app.CreateHttpClient(name), connectionString));
            }

            return new BenchmarkStack(app, installations, app.CreateHttpClient(ResourceNames.Gateway));
        }
        catch
        {
            await app.StopAndDeleteDataAsync();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var installation in Installations)
        {
            installation.Direct.Dispose();
        }

        Gateway.Dispose();
        await _app.StopAndDeleteDataAsync();
    }
}

/// <summary>One size's assets service, straight to it, and its database.</summary>
public sealed record Installation(HttpClient Direct, string ConnectionString);
