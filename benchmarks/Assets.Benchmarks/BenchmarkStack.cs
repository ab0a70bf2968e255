using Aspire.Hosting;
using Aspire.Hosting.Testing;
using Portal.Contracts;
using Portal.Hosting.Projects;
using Portal.Testing.Aspire;

namespace Assets.Benchmarks;

/// <summary>
/// The assets service on its own PostgreSQL and RabbitMQ, and the gateway in front of it, started like the
/// tests start them. The other services are not started: nothing the run sends is routed to them.
/// </summary>
public sealed class BenchmarkStack : IAsyncDisposable
{
    private readonly DistributedApplication _app;

    private BenchmarkStack(DistributedApplication app, HttpClient direct, HttpClient gateway, string connectionString)
    {
        _app = app;
        Direct = direct;
        Gateway = gateway;
        ConnectionString = connectionString;
    }

    /// <summary>Straight to the service.</summary>
    public HttpClient Direct { get; }

    /// <summary>Through the gateway, as the web app and API clients call it.</summary>
    public HttpClient Gateway { get; }

    public string ConnectionString { get; }

    public static async Task<BenchmarkStack> StartAsync()
    {
        var builder = TestApplications.CreateEmpty();
        var assets = builder.AddServiceWithItsData<Projects.Assets_Api>(ResourceNames.Assets, ResourceNames.AssetsDb)
            .WithEnvironment("Identity__TestSigningKey", Tokens.SigningKey)
            .WithEnvironment("Portal__PublicUrl", Tokens.PublicUrl)
            // Request logging would measure the console, not the service.
            .WithEnvironment("Logging__LogLevel__Default", "Warning");
        var gateway = builder.AddPortalService<Projects.Portal_Gateway>(ResourceNames.Gateway)
            .WithReference(assets).WaitFor(assets)
            .WithEnvironment("Portal__PublicUrl", Tokens.PublicUrl)
            .WithEnvironment("Logging__LogLevel__Default", "Warning");
        // Straight to the processes, as in a deployment: DCP's development proxy in front of each would be one
        // hop more on the gateway's path than on the direct one.
        assets.WithEndpointProxySupport(false);
        gateway.WithEndpointProxySupport(false);
        var app = await builder.StartHealthyAsync();
        try
        {
            var connectionString = await app.GetConnectionStringAsync(ResourceNames.AssetsDb) ?? throw new InvalidOperationException("No assetsdb.");
            return new BenchmarkStack(app, app.CreateHttpClient(ResourceNames.Assets), app.CreateHttpClient(ResourceNames.Gateway), connectionString);
        }
        catch
        {
            await app.StopAndDeleteDataAsync();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        Direct.Dispose();
        Gateway.Dispose();
        await _app.StopAndDeleteDataAsync();
    }
}
