using System.Net.Sockets;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Portal.ServiceDefaults.Messaging;

/// <summary>
/// Is the broker's port answering? MassTransit's own bus check only looks at receive endpoints, so
/// a service that only publishes would stay "healthy" with the broker gone.
/// </summary>
internal sealed class BrokerReachableHealthCheck(Uri broker) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(2));
        try
        {
            using var client = new TcpClient();
            await client.ConnectAsync(broker.Host, broker.Port, timeout.Token);
            return HealthCheckResult.Healthy();
        }
        catch (Exception ex) when (ex is SocketException or OperationCanceledException)
        {
            return HealthCheckResult.Unhealthy($"The broker at {broker.Host}:{broker.Port} does not answer.");
        }
    }
}
