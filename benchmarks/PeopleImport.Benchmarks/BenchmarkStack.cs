using Aspire.Hosting;
using Aspire.Hosting.Testing;
using Portal.AppHost;
using Portal.Contracts;
using Portal.Hosting.MailDev;
using Portal.Hosting.Postgres;
using Portal.Hosting.Projects;
using Portal.Hosting.RabbitMQ;
using Portal.Testing.Aspire;

namespace PeopleImport.Benchmarks;

/// <summary>
/// What an import with invitations goes through, wired as the AppHost wires it: identity (the import), tenants (the
/// customer), notifications (the invitation mails) on one PostgreSQL server, RabbitMQ and MailDev as the SMTP server.
/// </summary>
public sealed class BenchmarkStack : IAsyncDisposable
{
    public const string PublicUrl = "http://portal.bench";
    public const string AdminEmail = "bench.admin@provider.test";
    public const string AdminPassword = "benchmark-administrator-password";

    /// <summary>A 5,000-row dry run takes seconds on a busy machine; the default 100 s would be the first to give.</summary>
    private static readonly TimeSpan RequestTimeout = TimeSpan.FromMinutes(10);

    private readonly DistributedApplication _app;

    private BenchmarkStack(DistributedApplication app, HttpClient identity, HttpClient tenants, string identityConnection, string notificationsConnection)
    {
        _app = app;
        Identity = identity;
        Tenants = tenants;
        IdentityConnectionString = identityConnection;
        NotificationsConnectionString = notificationsConnection;
    }

    public HttpClient Identity { get; }
    public HttpClient Tenants { get; }
    public string IdentityConnectionString { get; }
    public string NotificationsConnectionString { get; }

    public static async Task<BenchmarkStack> StartAsync()
    {
        var builder = TestApplications.CreateEmpty();
        var postgres = builder.AddPostgresServer(ResourceNames.Postgres);
        var identityDb = postgres.AddDatabase(ResourceNames.IdentityDb);
        var tenantsDb = postgres.AddDatabase(ResourceNames.TenantsDb);
        var notificationsDb = postgres.AddDatabase(ResourceNames.NotificationsDb);
        var eventBus = builder.AddRabbitMQServer(ResourceNames.EventBus);
        var mailDev = builder.AddMailDev(ResourceNames.MailDev);

        var identity = builder.AddPortalService<Projects.Identity_Api>(ResourceNames.Identity)
            .WithReference(identityDb).WaitFor(identityDb)
            .WithReference(eventBus).WaitFor(eventBus)
            .WithEnvironment("Portal__PublicUrl", PublicUrl)
            .WithEnvironment("Bootstrap__ProviderId", DevelopmentAccounts.ProviderId)
            .WithEnvironment("Bootstrap__AdminEmail", AdminEmail)
            .WithEnvironment("Bootstrap__AdminPassword", AdminPassword)
            .WithEnvironment("Identity__AllowPasswordGrant", "true")
            // Request logging would measure the console, not the services.
            .WithEnvironment("Logging__LogLevel__Default", "Warning");
        builder.AddPortalService<Projects.Tenants_Api>(ResourceNames.Tenants)
            .WithReference(tenantsDb).WaitFor(tenantsDb)
            .WithReference(eventBus).WaitFor(eventBus)
            .WithReference(identity).WaitFor(identity)
            .WithEnvironment("Portal__PublicUrl", PublicUrl)
            .WithEnvironment("Bootstrap__ProviderId", DevelopmentAccounts.ProviderId)
            .WithEnvironment("Logging__LogLevel__Default", "Warning");
        builder.AddPortalService<Projects.Notifications_Api>(ResourceNames.Notifications)
            .WithReference(notificationsDb).WaitFor(notificationsDb)
            .WithReference(eventBus).WaitFor(eventBus)
            .WithReference(mailDev).WaitFor(mailDev)
            .WithReference(identity)
            .WithEnvironment("Portal__PublicUrl", PublicUrl)
            .WithEnvironment("Logging__LogLevel__Default", "Warning");

        // StartHealthyAsync stops and deletes what it started when the start fails.
        var app = await builder.StartHealthyAsync(TimeSpan.FromMinutes(6));
        try
        {
            var identityClient = app.CreateHttpClient(ResourceNames.Identity);
            identityClient.Timeout = RequestTimeout;
            var tenantsClient = app.CreateHttpClient(ResourceNames.Tenants);
            tenantsClient.Timeout = RequestTimeout;
            var notificationsConnection = await app.GetConnectionStringAsync(ResourceNames.NotificationsDb)
                ?? throw new InvalidOperationException("No notificationsdb.");
            var identityConnection = await app.GetConnectionStringAsync(ResourceNames.IdentityDb)
                ?? throw new InvalidOperationException("No identitydb.");
            return new BenchmarkStack(app, identityClient, tenantsClient, identityConnection, notificationsConnection);
        }
        catch
        {
            await app.StopAndDeleteDataAsync();
            throw;
        }
    }

    /// <summary>The errors PostgreSQL logged so far (the text after <c>ERROR:</c>, ids stripped), by how often.</summary>
    public async Task<IReadOnlyList<(string Error, int Count)>> DatabaseErrorsAsync()
    {
        var lines = await _app.ConsoleLogAsync(ResourceNames.Postgres);
        return [.. lines
            .Select(line => line.IndexOf("ERROR:", StringComparison.Ordinal) is var at and >= 0 ? line[(at + "ERROR:".Length)..].Trim() : null)
            .OfType<string>()
            .GroupBy(error => error)
            .Select(group => (group.Key, group.Count()))
            .OrderByDescending(error => error.Item2)];
    }

    public async ValueTask DisposeAsync()
    {
        Identity.Dispose();
        Tenants.Dispose();
        await _app.StopAndDeleteDataAsync();
    }
}
