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
            .UseNpgsql(connectionString)
            .UseSnakeCaseNamingConvention()
            .AddInterceptors(services.GetServices<Microsoft.EntityFrameworkCore.Diagnostics.IInterceptor>()));
        builder.EnrichNpgsqlDbContext<TContext>();
        return builder;
    }

    /// <summary>Builds a connection string for tools (e.g. <c>dotnet ef</c>) that run without the AppHost.</summary>
    public static string DesignTimeConnectionString(string database) =>
        new NpgsqlConnectionStringBuilder { Host = "127.0.0.1", Port = 54320, Username = "postgres", Database = database }.ConnectionString;
}
