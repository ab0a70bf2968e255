using System.Diagnostics;
using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Portal.Hosting.Postgres;

/// <summary>Buttons on a database's row of the dashboard for the jobs operators run by hand.</summary>
public static class DatabaseCommands
{
    /// <summary>The assets database's command that recounts the dashboard's KPI counters from the tickets and devices.</summary>
    public const string RebuildKpiCounters = "rebuild-kpi-counters";

    /// <summary>
    /// Recounts the assets service's KPI counters (<c>rebuild_kpi_counters()</c>, created by its migrations).
    /// The triggers keep them right; this is for after a restore or a bulk load with triggers off.
    /// </summary>
    public static IResourceBuilder<PostgresDatabaseResource> WithKpiCounterRebuild(this IResourceBuilder<PostgresDatabaseResource> database) =>
        database.WithSqlCommand(RebuildKpiCounters, "Rebuild KPI counters", "SELECT rebuild_kpi_counters()",
            "Recounts the dashboard's ticket and device counters from the rows (changes wait meanwhile).", "ArrowSync");

    /// <summary>Runs <paramref name="sql"/> in the database when clicked; the outcome goes to the database's log.</summary>
    public static IResourceBuilder<PostgresDatabaseResource> WithSqlCommand(
        this IResourceBuilder<PostgresDatabaseResource> database, string name, string displayName, string sql, string description, string iconName)
    {
        ArgumentNullException.ThrowIfNull(database);
        return database.WithCommand(name, displayName, async context =>
        {
            var logger = context.Services.GetRequiredService<ResourceLoggerService>().GetLogger(database.Resource);
            var connectionString = await database.Resource.ConnectionStringExpression.GetValueAsync(context.CancellationToken);
            var watch = Stopwatch.StartNew();
            try
            {
                // No pool and no command timeout: a one-off job that may take minutes on a large database.
                await using var connection = new NpgsqlConnection($"{connectionString};Pooling=false;Command Timeout=0");
                await connection.OpenAsync(context.CancellationToken);
                await using var command = new NpgsqlCommand(sql, connection);
                await command.ExecuteNonQueryAsync(context.CancellationToken);
                logger.LogInformation("{Command}: done in {Seconds:0.0} s", displayName, watch.Elapsed.TotalSeconds);
                return CommandResults.Success();
            }
            catch (NpgsqlException exception)
            {
                logger.LogError(exception, "{Command} failed after {Seconds:0.0} s", displayName, watch.Elapsed.TotalSeconds);
                return CommandResults.Failure(exception.Message);
            }
        }, new CommandOptions
        {
            Description = description,
            IconName = iconName,
            UpdateState = context => context.ResourceSnapshot.HealthStatus == HealthStatus.Healthy ? ResourceCommandState.Enabled : ResourceCommandState.Disabled,
        });
    }
}
