using Portal.Contracts;

namespace Portal.Gateway.Routing;

/// <summary>
/// The address of each service the gateway forwards to, read from Aspire's service-discovery variables
/// (<c>services__tenants__http__0=http://127.0.0.1:port</c>). The service-discovery package for YARP
/// is not on our package source, so the gateway reads them itself, once, at start.
/// </summary>
public sealed class ServiceDestinations
{
    public static readonly string[] Services =
    [
        ResourceNames.Tenants,
        ResourceNames.Identity,
        ResourceNames.Notifications,
        ResourceNames.Assets,
        ResourceNames.Web,
    ];

    private readonly Dictionary<string, Uri> _addresses;

    private ServiceDestinations(Dictionary<string, Uri> addresses) => _addresses = addresses;

    public Uri this[string service] => _addresses[service];

    /// <summary>
    /// Fails naming every missing or malformed variable at once: a gateway that starts without a
    /// destination would only show it later as 502s on some paths.
    /// </summary>
    public static ServiceDestinations FromConfiguration(IConfiguration configuration)
    {
        var addresses = new Dictionary<string, Uri>(StringComparer.Ordinal);
        var problems = new List<string>();
        foreach (var service in Services)
        {
            var value = configuration[$"services:{service}:http:0"];
            if (string.IsNullOrWhiteSpace(value))
            {
                problems.Add($"services__{service}__http__0 is not set");
            }
            else if (!Uri.TryCreate(value, UriKind.Absolute, out var address) || address.Scheme is not ("http" or "https"))
            {
                problems.Add($"services__{service}__http__0 is not an http(s) URL: '{value}'");
            }
            else
            {
                addresses[service] = address;
            }
        }

        if (problems.Count > 0)
        {
            throw new InvalidOperationException(
                "The gateway cannot start without the address of every service (the AppHost sets these variables): "
                + string.Join("; ", problems) + ".");
        }

        return new ServiceDestinations(addresses);
    }
}
