using Microsoft.Extensions.Diagnostics.HealthChecks;
using Npgsql;

namespace Portal.ServiceDefaults.RateLimiting;

/// <summary>
/// Whether the rate-limit windows' database answers. Registered as <see cref="HealthStatus.Degraded"/> on failure,
/// not Unhealthy: without it the limits count per replica and requests go on, so a readiness probe must not take
/// the process out of service for it (which would turn a database outage into a gateway outage).
/// </summary>
internal sealed class RateLimitDatabaseHealthCheck(NpgsqlDataSource dataSource) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await using var command = dataSource.CreateCommand("SELECT 1");
            await command.ExecuteScalarAsync(cancellationToken);
            return HealthCheckResult.Healthy();
        }
        catch (Exception exception) when (!cancellationToken.IsCancellationRequested)
        {
            return new HealthCheckResult(context.Registration.FailureStatus, "Rate limits count per replica until the database answers.", exception);
        }
    }
}
