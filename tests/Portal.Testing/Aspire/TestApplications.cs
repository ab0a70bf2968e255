using System.Security.Cryptography;
using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Aspire.Hosting.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Portal.Hosting;

namespace Portal.Testing.Aspire;

/// <summary>
/// Test applications on Aspire.Hosting.Testing: the whole AppHost, or an empty model a suite fills with the
/// one service it tests. Each gets a data folder of its own (deleted when it stops) and free ports, so
/// that suites can run side by side and beside a development stack.
/// </summary>
public static class TestApplications
{
    /// <summary>An empty model (no dashboard): add a service with its database and broker to it.</summary>
    public static IDistributedApplicationTestingBuilder CreateEmpty() =>
        // Aspire finds DCP and the dashboard through this assembly's metadata (see the project file).
        WithPlainHttpClients(DistributedApplicationTestingBuilder.Create(Arguments()));

    /// <summary>
    /// The AppHost's whole model (Portal.AppHost/AppHost.cs). <paramref name="withDashboard"/> runs the real
    /// dashboard too, with its telemetry API open to <see cref="DashboardApiKey"/>; <paramref name="replicas"/> runs
    /// that many copies of each service, the web app and the gateway (the AppHost's <c>replicas</c> parameter).
    /// </summary>
    public static async Task<IDistributedApplicationTestingBuilder> CreateWholeStackAsync(bool withDashboard = false, int replicas = 1) =>
        WithPlainHttpClients(await DistributedApplicationTestingBuilder.CreateAsync<Projects.Portal_AppHost>(
            [
                .. Arguments(),
                $"--Parameters:replicas={replicas}",
                // Aspire overwrites AppHost:BrowserToken with a generated token unless the dashboard's own
                // setting names one: the login link's token goes in ASPIRE_DASHBOARD_FRONTEND_BROWSERTOKEN.
                .. withDashboard
                    ? new[] { $"--AppHost:DashboardApiKey={DashboardApiKey}", $"--ASPIRE_DASHBOARD_FRONTEND_BROWSERTOKEN={DashboardBrowserToken}" }
                    : [],
            ],
            (options, _) =>
            {
                options.DisableDashboard = !withDashboard;
                // Development runs over plain http; the dashboard refuses that unless told.
                options.AllowUnsecuredTransport = true;
            }));

    /// <summary>The dashboard's telemetry API key in whole-stack tests with the dashboard (header <c>x-api-key</c>).</summary>
    public const string DashboardApiKey = "portal-tests-dashboard-api-key";

    /// <summary>The token of the dashboard's login link in whole-stack tests with the dashboard.</summary>
    public const string DashboardBrowserToken = "portal-tests-dashboard-browser-token";

    /// <summary>
    /// Builds and starts the application, then waits until every resource with a health check is healthy
    /// (Aspire's StartAsync returns once the resources are launched, not when they are ready), but those
    /// a test starts itself.
    /// </summary>
    public static async Task<DistributedApplication> StartHealthyAsync(this IDistributedApplicationTestingBuilder builder, TimeSpan? timeout = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        using var cancellation = new CancellationTokenSource(timeout ?? TimeSpan.FromMinutes(4));
        var app = await builder.BuildAsync(cancellation.Token);
        try
        {
            await app.StartAsync(cancellation.Token);
            // A resource that starts only when asked (WithExplicitStart) is not waited for: it never comes up by itself.
            var waits = builder.Resources
                .Where(resource => resource.Annotations.OfType<HealthCheckAnnotation>().Any() && !resource.Annotations.OfType<ExplicitStartupAnnotation>().Any())
                .Select(resource => app.ResourceNotifications.WaitForResourceHealthyAsync(resource.Name, cancellation.Token));
            await Task.WhenAll(waits);
            return app;
        }
        catch
        {
            await app.StopAndDeleteDataAsync();
            throw;
        }
    }

    /// <summary>Stops every process of the application and deletes its data folder.</summary>
    public static async Task StopAndDeleteDataAsync(this DistributedApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var data = app.Services.GetRequiredService<IConfiguration>()[PortalData.DirectoryKey];
        await app.DisposeAsync();
        if (data is not null)
        {
            DataFolders.Delete(data);
        }
    }

    /// <summary>
    /// The clients of <c>app.CreateHttpClient</c> without the standard resilience handler Aspire.Hosting.Testing
    /// adds: a test must see a 429 or a 500 as it came, not retried away. And a quieter test log.
    /// </summary>
    private static IDistributedApplicationTestingBuilder WithPlainHttpClients(IDistributedApplicationTestingBuilder builder)
    {
#pragma warning disable EXTEXP0001 // RemoveAllResilienceHandlers is marked experimental.
        builder.Services.ConfigureHttpClientDefaults(http => http.RemoveAllResilienceHandlers());
#pragma warning restore EXTEXP0001
        // Every resource's console line and every test request would otherwise land in the test log too; a
        // test that needs the lines reads them from Aspire (ConsoleLogs), and the AppHost copies them to
        // <data dir>/logs.
        // (A filter function replaces the default minimum level, so it says Information itself.)
        builder.Services.AddLogging(logging => logging.AddFilter((category, level) =>
            level >= (IsChatty(category) ? LogLevel.Warning : LogLevel.Information)));
        return builder;
    }

    private static bool IsChatty(string? category) =>
        category is not null
        && (category.Contains(".Resources.", StringComparison.Ordinal) || category.StartsWith("System.Net.Http.HttpClient", StringComparison.Ordinal));

    private static string[] Arguments() =>
    [
        "--environment=Development",
        // Short, under /tmp: a test's data is thrown away, and PostgreSQL then skips fsync.
        $"--{PortalData.DirectoryKey}={Path.Combine(Path.GetTempPath(), $"portal-{RandomNumberGenerator.GetHexString(8, lowercase: true)}")}",
        $"--{PortalData.EphemeralKey}=true",
    ];
}
