using Microsoft.Extensions.Diagnostics.HealthChecks;
using Npgsql;

namespace Portal.AppHost.Hosting;

/// <summary>Creates the database once its server is healthy (it waits for it); no process of its own.</summary>
internal sealed class PostgresDatabaseRunner(PostgresDatabaseResource resource, RunnerContext context) : ResourceRunner(context)
{
    public override async Task LaunchAsync(CancellationToken cancellationToken)
    {
        var server = $"{resource.Parent.BuildConnectionString("postgres")};Pooling=false;Timeout=5";
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await using var connection = new NpgsqlConnection(server);
                await connection.OpenAsync(cancellationToken);
                await using var exists = new NpgsqlCommand("SELECT 1 FROM pg_database WHERE datname = @name", connection);
                exists.Parameters.AddWithValue("name", resource.DatabaseName);
                if (await exists.ExecuteScalarAsync(cancellationToken) is null)
                {
                    var name = resource.DatabaseName.Replace("\"", "\"\"", StringComparison.Ordinal);
                    await using var create = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
                    await create.ExecuteNonQueryAsync(cancellationToken);
                    Context.Output($"Created database {resource.DatabaseName}", false);
                }

                return;
            }
            catch (PostgresException ex) when (attempt < 5 && ex.SqlState is "42P04" or "55006" or "23505")
            {
                // Created meanwhile, or template1 briefly busy with a concurrent CREATE DATABASE: look again.
                await Task.Delay(200 * attempt, cancellationToken);
            }
        }
    }

    public override async Task<HealthStatus?> CheckHealthAsync(CancellationToken cancellationToken)
    {
        try
        {
            await using var connection = new NpgsqlConnection($"{resource.Parent.BuildConnectionString(resource.DatabaseName)};Pooling=false;Timeout=3");
            await connection.OpenAsync(cancellationToken);
            return HealthStatus.Healthy;
        }
        catch (Exception ex) when (ex is NpgsqlException or TimeoutException or InvalidOperationException)
        {
            return null;
        }
    }
}
