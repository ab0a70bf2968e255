using System.Data.Common;
using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Portal.ServiceDefaults.Telemetry;

namespace Portal.ServiceDefaults.Data;

/// <summary>
/// Migrates in <see cref="StartAsync"/>, which the host awaits before it starts listening, so a
/// service is never healthy on an old schema. With <c>Database:MigrateOnly</c> the process stops as soon as it has
/// started on the migrated database (exit code 0): the Kubernetes migration Job runs the service's image that way
/// before a rollout (deploy/kubernetes).
/// </summary>
internal sealed partial class MigrationHostedService<TContext>(
    IServiceProvider services,
    Func<TContext, IServiceProvider, CancellationToken, Task>? seed) : IHostedService
    where TContext : DbContext
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        using var activity = PortalActivitySource.Instance.StartActivity($"Migrate {typeof(TContext).Name}");
        await using var scope = services.CreateAsyncScope();
        var provider = scope.ServiceProvider;
        var logger = provider.GetRequiredService<ILogger<TContext>>();
        var context = provider.GetRequiredService<TContext>();
        var watch = Stopwatch.StartNew();

        // The execution strategy retries the whole unit when PostgreSQL blips during start-up.
        var strategy = context.Database.CreateExecutionStrategy();
        await strategy.ExecuteAsync(async () =>
        {
            // Replicas of a service start together. One at a time migrates and seeds, under a lock of the database
            // held by this connection; the others wait and then find nothing left to do. Without it two would
            // create the same tables, or seed the same first administrator, and one of them would fail to start.
            await context.Database.OpenConnectionAsync(cancellationToken);
            try
            {
                await context.Database.ExecuteSqlAsync($"SELECT pg_advisory_lock({LockKey})", cancellationToken);
                // Creating the history table first spares a fresh database the failed query (logged as
                // an error) with which MigrateAsync probes for it.
                await context.GetService<IHistoryRepository>().CreateIfNotExistsAsync(cancellationToken);
                await context.Database.MigrateAsync(cancellationToken);
                if (seed is not null)
                {
                    await seed(context, provider, cancellationToken);
                }
            }
            finally
            {
                // Explicitly: a pooled connection stays open when closed, and would keep the lock with it.
                await UnlockAsync(context);
                await context.Database.CloseConnectionAsync();
            }
        });
        LogMigrated(logger, typeof(TContext).Name, watch.ElapsedMilliseconds);
        if (provider.GetRequiredService<IConfiguration>().GetValue<bool>(MigrateOnlySetting))
        {
            // Once started, not now: stopping during start-up cancels the hosted services still starting, and the
            // process would end with an error instead of exit code 0.
            var lifetime = provider.GetRequiredService<IHostApplicationLifetime>();
            lifetime.ApplicationStarted.Register(lifetime.StopApplication);
        }
    }

    /// <summary>The advisory lock of one service's migration: the same number in every replica, one per context.</summary>
    private static readonly long LockKey = BitConverter.ToInt64(SHA256.HashData(Encoding.UTF8.GetBytes("Portal.Migration." + typeof(TContext).FullName)));

    private static async Task UnlockAsync(TContext context)
    {
        try
        {
            await context.Database.ExecuteSqlAsync($"SELECT pg_advisory_unlock({LockKey})", CancellationToken.None);
        }
        catch (Exception exception) when (exception is DbException or InvalidOperationException)
        {
            // The connection is gone, and with it the lock.
        }
    }

    /// <summary>The setting (environment: <c>Database__MigrateOnly=true</c>) that makes the process a one-off migration.</summary>
    public const string MigrateOnlySetting = "Database:MigrateOnly";

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information, Message = "Database of {Context} migrated and seeded in {ElapsedMs} ms")]
    private static partial void LogMigrated(ILogger logger, string context, long elapsedMs);
}
