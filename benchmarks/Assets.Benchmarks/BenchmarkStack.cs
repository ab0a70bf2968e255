using Aspire.Hosting;
using Aspire.Hosting.Testing;
using Portal.Contracts;
using Portal.Testing.Aspire;

namespace Assets.Benchmarks;

/// <summary>The assets service on its own PostgreSQL and RabbitMQ, started like the tests start it.</summary>
public sealed class BenchmarkStack : IAsyncDisposable
{
    private readonly DistributedApplication _app;

    private BenchmarkStack(DistributedApplication app, HttpClient http, string connectionString)
    {
        _app = app;
        Http = http;
        ConnectionString = connectionString;
    }

    public HttpClient Http { get; }
    public string ConnectionString { get; }

    public static async Task<BenchmarkStack> StartAsync()
    {
        var builder = TestApplications.CreateEmpty();
        builder.AddServiceWithItsData<Projects.Assets_Api>(ResourceNames.Assets, ResourceNames.AssetsDb)
            .WithEnvironment("Identity__TestSigningKey", Tokens.SigningKey)
            .WithEnvironment("Portal__PublicUrl", Tokens.PublicUrl)
            // Request logging would measure the console, not the service.
            .WithEnvironment("Logging__LogLevel__Default", "Warning");
        var app = await builder.StartHealthyAsync();
        var connectionString = await app.GetConnectionStringAsync(ResourceNames.AssetsDb) ?? throw new InvalidOperationException("No assetsdb.");
        return new BenchmarkStack(app, app.CreateHttpClient(ResourceNames.Assets), connectionString);
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await _app.StopAndDeleteDataAsync();
    }
}
