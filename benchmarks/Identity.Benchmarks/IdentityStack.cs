using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Aspire.Hosting.Testing;
using Portal.AppHost;
using Portal.Contracts;
using Portal.Hosting.Postgres;
using Portal.Hosting.Projects;
using Portal.Testing;
using Portal.Testing.Aspire;

namespace Identity.Benchmarks;

/// <summary>
/// Identity with its database and broker, and the gateway in front of it, wired as the AppHost wires them (the
/// gateway's address is the public one identity issues tokens for). The other services are not started: nothing
/// the run sends is routed to them.
/// </summary>
public sealed class IdentityStack : IAsyncDisposable
{
    public const string AdminEmail = "bench.admin@provider.test";
    public const string AdminPassword = "benchmark-administrator-password";

    private readonly DistributedApplication _app;

    private IdentityStack(DistributedApplication app, HttpClient identity, HttpClient gateway, Database identityDb)
    {
        _app = app;
        Identity = identity;
        Gateway = gateway;
        IdentityDb = identityDb;
    }

    public HttpClient Identity { get; }
    public HttpClient Gateway { get; }
    public Database IdentityDb { get; }

    public static async Task<IdentityStack> StartAsync(IReadOnlyList<LimitChange> limits)
    {
        var builder = TestApplications.CreateEmpty();
        var identity = builder.AddServiceWithItsData<Projects.Identity_Api>(ResourceNames.Identity, ResourceNames.IdentityDb)
            .WithEnvironment("Bootstrap__ProviderId", DevelopmentAccounts.ProviderId)
            .WithEnvironment("Bootstrap__AdminEmail", AdminEmail)
            .WithEnvironment("Bootstrap__AdminPassword", AdminPassword)
            .WithEnvironment("Identity__AllowPasswordGrant", "true")
            // Request logging would measure the console, not the service.
            .WithEnvironment("Logging__LogLevel__Default", "Warning");
        foreach (var limit in limits)
        {
            identity.WithEnvironment(limit.EnvironmentVariable, limit.Value);
        }

        // The gateway counts its sign-in rate limits in a database of its own, on the same server.
        var gatewayDb = builder.CreateResourceBuilder(builder.Resources.OfType<PostgresServerResource>().Single()).AddDatabase(ResourceNames.GatewayDb);
        var gateway = builder.AddPortalService<Projects.Portal_Gateway>(ResourceNames.Gateway)
            .WithReference(gatewayDb).WaitFor(gatewayDb)
            .WithReference(identity).WaitFor(identity)
            .WithEnvironment("Logging__LogLevel__Default", "Warning");
        var publicUrl = gateway.GetEndpoint("http");
        identity.WithEnvironment("Portal__PublicUrl", publicUrl);
        gateway.WithEnvironment(context => context.EnvironmentVariables["Portal__PublicUrl"] = publicUrl.Url);

        // StartHealthyAsync stops and deletes what it started when the start fails.
        var app = await builder.StartHealthyAsync(TimeSpan.FromMinutes(6));
        try
        {
            var connection = await app.GetConnectionStringAsync(ResourceNames.IdentityDb) ?? throw new InvalidOperationException("No identitydb.");
            return new IdentityStack(app, app.CreateHttpClient(ResourceNames.Identity), app.CreateHttpClient(ResourceNames.Gateway), new Database(connection));
        }
        catch
        {
            await app.StopAndDeleteDataAsync();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        Identity.Dispose();
        Gateway.Dispose();
        await _app.StopAndDeleteDataAsync();
    }
}
