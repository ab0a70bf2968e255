using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Portal.ServiceDefaults.RateLimiting;

public static class SharedRateLimitingExtensions
{
    /// <summary>
    /// Counts the service's rate limits (<see cref="SharedRateLimitPartition"/>) in the PostgreSQL database
    /// <c>ConnectionStrings:<paramref name="connectionName"/></c>, on a data source of their own (Aspire's Npgsql
    /// integration: tracing and metrics) with short timeouts, and sweeps ended windows now and then.
    /// </summary>
    /// <param name="checkHealth">
    /// Adds a health check of the database that reports Degraded, not Unhealthy (<see cref="RateLimitDatabaseHealthCheck"/>).
    /// For a service whose database serves only the limits (the gateway); a service with a DbContext has its check already.
    /// </param>
    public static TBuilder AddSharedRateLimitWindows<TBuilder>(this TBuilder builder, string connectionName, bool checkHealth)
        where TBuilder : IHostApplicationBuilder
    {
        ArgumentNullException.ThrowIfNull(builder);
        // Checked at start-up: Aspire's data source would only complain at the first limited request, as a 500.
        if (string.IsNullOrWhiteSpace(builder.Configuration.GetConnectionString(connectionName)))
        {
            throw new InvalidOperationException(
                $"ConnectionStrings:{connectionName} is not configured: the rate limits are counted there. Start the service " +
                $"through Portal.AppHost, or set ConnectionStrings__{connectionName}.");
        }

        builder.AddKeyedNpgsqlDataSource(connectionName, settings =>
        {
            // Aspire's own check would say Unhealthy; ours says Degraded (see above), or there is none.
            settings.DisableHealthChecks = true;
            settings.ConnectionString = WithShortWaits(settings.ConnectionString!);
        });
        builder.Services.AddSingleton(services => new SharedRateLimitWindows(
            services.GetRequiredKeyedService<NpgsqlDataSource>(connectionName), services.GetRequiredService<ILogger<SharedRateLimitWindows>>()));
        builder.Services.AddHostedService<RateLimitWindowSweeper>();
        if (checkHealth)
        {
            builder.Services.AddHealthChecks().Add(new HealthCheckRegistration(
                connectionName,
                services => new RateLimitDatabaseHealthCheck(services.GetRequiredKeyedService<NpgsqlDataSource>(connectionName)),
                HealthStatus.Degraded,
                tags: null));
        }

        return builder;
    }

    /// <summary>
    /// A limited request waits for this database: two seconds to connect or to count, then it is counted locally
    /// (Npgsql's defaults, 15 and 30 s, would hold every sign-in of an outage that long). A small pool per replica:
    /// one short statement per request needs few connections, and several replicas share the server.
    /// </summary>
    private static string WithShortWaits(string connectionString) =>
        new NpgsqlConnectionStringBuilder(connectionString) { Timeout = 2, CommandTimeout = 2, MaxPoolSize = 10 }.ConnectionString;
}
