using Portal.Contracts;

namespace Portal.Web.Status;

/// <summary>
/// Asks each back-end service whether it is alive, through service discovery (<c>http://tenants</c>
/// resolves from <c>services__tenants__http__0</c>).
/// </summary>
public sealed class ServiceStatusChecker(HttpClient httpClient, IConfiguration configuration)
{
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(2);

    private static readonly string[] Services =
    [
        ResourceNames.Tenants,
        ResourceNames.Identity,
        ResourceNames.Notifications,
        ResourceNames.Assets,
    ];

    public async Task<ServiceStatus[]> CheckAllAsync(CancellationToken cancellationToken = default) =>
        await Task.WhenAll(Services.Select(service => CheckAsync(service, cancellationToken)));

    private async Task<ServiceStatus> CheckAsync(string service, CancellationToken cancellationToken)
    {
        // Without an address discovery would fall back to DNS and report "down", which misleads.
        if (string.IsNullOrWhiteSpace(configuration[$"services:{service}:http:0"]))
        {
            return new ServiceStatus(service, ServiceState.NotConfigured);
        }

        try
        {
            using var response = await httpClient.GetAsync(new Uri($"http://{service}/alive"), cancellationToken);
            return new ServiceStatus(service, response.IsSuccessStatusCode ? ServiceState.Up : ServiceState.Down);
        }
        catch (HttpRequestException)
        {
            return new ServiceStatus(service, ServiceState.Down);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            // HttpClient.Timeout elapsed: the service is there but does not answer in time.
            return new ServiceStatus(service, ServiceState.Down);
        }
    }
}
