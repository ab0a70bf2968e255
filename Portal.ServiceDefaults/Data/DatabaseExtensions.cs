using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Npgsql;

namespace Portal.ServiceDefaults.Data;

public static class DatabaseExtensions
{
    /// <summary>
    /// Registers <typeparamref name="TContext"/> on the PostgreSQL database named by
    /// <c>ConnectionStrings:<paramref name="connectionName"/></c> (what the AppHost's <c>WithReference</c>
    /// injects), with snake_case names and the interceptors of the service (outbox signal, audit stamps),
    /// then lets Aspire's Npgsql integration enrich it: retries on transient failures, a <c>/health</c>
    /// check, tracing and metrics. Registered by hand rather than with Aspire's <c>AddNpgsqlDbContext</c>,
    /// whose context pool cannot take the interceptors from the service provider.
    /// </summary>
    public static TBuilder AddPortalDbContext<TBuilder, TContext>(this TBuilder builder, string connectionName)
        where TBuilder : IHostApplicationBuilder
        where TContext : DbContext
    {
        var connectionString = builder.Configuration.GetConnectionString(connectionName)
            ?? throw new InvalidOperationException(
                $"ConnectionStrings:{connectionName} is not configured. Start the service through Portal.AppHost, " +
                $"or set ConnectionStrings__{connectionName}.");

        builder.Services.AddDbContext<TContext>((services, options) => options
            // A request retries a lost connection twice, quickly, then is answered 503 (DatabaseUnavailable):
            // the default (6 retries, about a minute) would hold every request of an outage for a minute.
            // A connection killed by a restart of PostgreSQL (57P01 and kin) is retried on a fresh one.
            .UseNpgsql(WithConnectTimeout(connectionString), npgsql => npgsql.EnableRetryOnFailure(2, TimeSpan.FromSeconds(1), Errors.DatabaseUnavailable.ShutdownCodes))
            .UseSnakeCaseNamingConvention()
            .AddInterceptors(services.GetServices<Microsoft.EntityFrameworkCore.Diagnostics.IInterceptor>()));
        builder.EnrichNpgsqlDbContext<TContext>();
        return builder;
    }

    /// <summary>
    /// Npgsql waits 15 s for a connection by default; with the retries that would hold a request of an outage
    /// for most of a minute. Three seconds is ample on the same network; a connection string that says otherwise wins.
    /// </summary>
    private static string WithConnectTimeout(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        if (!connectionString.Contains("Timeout", StringComparison.OrdinalIgnoreCase))
        {
            builder.Timeout = 3;
        }

        return builder.ConnectionString;
    }

    /// <summary>Builds a connection string for tools (e.g. <c>dotnet ef</c>) that run without the AppHost.</summary>
    public static string DesignTimeConnectionString(string database) =>
        new NpgsqlConnectionStringBuilder { Host = "127.0.0.1", Port = 54320, Username = "postgres", Database = database }.ConnectionString;
}
