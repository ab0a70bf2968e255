using System.Net;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Portal.AppHost.Hosting;

/// <summary>HTTP health checks against 127.0.0.1, never through a proxy from the environment.</summary>
internal static class HealthProbe
{
    private static readonly HttpClient Client = new(new SocketsHttpHandler { UseProxy = false })
    {
        Timeout = TimeSpan.FromSeconds(5),
    };

    /// <summary>200 = true, another status = false, nothing listening (or no answer in time) = null.</summary>
    public static async Task<bool?> IsOkAsync(Uri url, CancellationToken cancellationToken)
    {
        try
        {
            using var response = await Client.GetAsync(url, cancellationToken);
            return response.StatusCode == HttpStatusCode.OK;
        }
        catch (HttpRequestException)
        {
            return null;
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return null;
        }
    }

    public static HealthStatus? ToStatus(bool? ok) => ok switch
    {
        true => HealthStatus.Healthy,
        false => HealthStatus.Unhealthy,
        null => null,
    };
}
