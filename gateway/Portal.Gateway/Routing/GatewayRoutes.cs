using Portal.Contracts;
using Portal.Gateway.RateLimiting;
using Yarp.ReverseProxy.Configuration;
using Yarp.ReverseProxy.Health;

namespace Portal.Gateway.Routing;

/// <summary>
/// The public path space (API.md) and which service answers each part. Built in code rather than
/// appsettings because the destinations come from service discovery and the paths are part of the
/// public contract, not something to change per deployment.
/// </summary>
public static class GatewayRoutes
{
    /// <summary>Sign-in routes must win over their service's prefix route (<c>/connect/{**rest}</c>).</summary>
    private const int SignInOrder = -1;

    private const int ServiceOrder = 0;

    /// <summary>The web app's public account pages must win over identity's <c>/account/{**rest}</c>.</summary>
    private const int AccountPageOrder = -1;

    /// <summary>After every service prefix, before the web app's catch-all.</summary>
    public const int UnknownApiOrder = 1;

    /// <summary>Last of all, so the gateway's own <c>/health</c> and <c>/alive</c> are never forwarded.</summary>
    private const int WebOrder = int.MaxValue;

    // Rate-limited: credentials are tried here, so they are what brute force and credential stuffing hit.
    private static readonly GatewayRoute[] SignInRoutes =
    [
        new("identity-token", "/connect/token", ResourceNames.Identity),
        new("identity-authorize", "/connect/authorize", ResourceNames.Identity),
        new("identity-login", "/account/login", ResourceNames.Identity),
        // Also covers /password-reset/confirm, where reset tokens would be guessed.
        new("identity-password-reset", "/api/identity/password-reset/{**rest}", ResourceNames.Identity),
        // Invitation tokens would be guessed here, and a hit sets the account's password.
        new("identity-invitation-accept", "/api/identity/invitations/accept", ResourceNames.Identity),
    ];

    private static readonly GatewayRoute[] ServiceRoutes =
    [
        new("tenants-api", "/api/tenants/{**rest}", ResourceNames.Tenants),
        new("identity-api", "/api/identity/{**rest}", ResourceNames.Identity),
        new("identity-connect", "/connect/{**rest}", ResourceNames.Identity),
        new("identity-well-known", "/.well-known/{**rest}", ResourceNames.Identity),
        new("identity-account", "/account/{**rest}", ResourceNames.Identity),
        new("notifications-api", "/api/notifications/{**rest}", ResourceNames.Notifications),
        new("assets-api", "/api/assets/{**rest}", ResourceNames.Assets),
    ];

    // The pages that links in account e-mails open; identity keeps the rest of /account (its login page).
    private static readonly GatewayRoute[] AccountPageRoutes =
    [
        new("web-account-accept-invitation", "/account/accept-invitation", ResourceNames.Web),
        new("web-account-set-password", "/account/set-password", ResourceNames.Web),
        new("web-account-forgot-password", "/account/forgot-password", ResourceNames.Web),
        new("web-account-reset-password", "/account/reset-password", ResourceNames.Web),
        new("web-account-confirm-email", "/account/confirm-email", ResourceNames.Web),
        new("web-account-report-email-change", "/account/report-email-change", ResourceNames.Web),
    ];

    public static IReadOnlyList<RouteConfig> Routes() =>
    [
        .. AccountPageRoutes.Select(route => route.ToConfig(AccountPageOrder)),
        .. SignInRoutes.Select(route => route.ToConfig(SignInOrder, SignInRateLimits.PolicyName)),
        .. ServiceRoutes.Select(route => route.ToConfig(ServiceOrder)),
        new GatewayRoute("web", "/{**catch-all}", ResourceNames.Web).ToConfig(WebOrder),
    ];

    private static readonly string[] Services =
    [
        ResourceNames.Tenants,
        ResourceNames.Identity,
        ResourceNames.Notifications,
        ResourceNames.Assets,
        ResourceNames.Web,
    ];

    /// <summary>
    /// One cluster per service, named after it, whose destination is the service's name: service discovery
    /// resolves <c>http://tenants</c> from the <c>services__tenants__http__0</c> the AppHost's WithReference gives
    /// (one address per replica where discovery knows them, e.g. <c>__0</c>, <c>__1</c>; one load-balanced address
    /// behind Aspire's proxy or a Kubernetes Service).
    /// </summary>
    public static IReadOnlyList<ClusterConfig> Clusters() =>
    [
        .. Services.Select(service => new ClusterConfig
        {
            ClusterId = service,
            Destinations = new Dictionary<string, DestinationConfig>
            {
                [service] = new() { Address = $"http://{service}" },
            },
            HealthCheck = HealthChecks,
        }),
    ];

    /// <summary>
    /// A destination that stops answering its <c>/health</c> (active, every 5 s) or fails the connections of real
    /// requests (passive) is taken out until it recovers. Should every destination look unhealthy (a single
    /// load-balanced address with one bad replica behind it), all of them stay in use: a gateway that answered 503
    /// to everything would be worse than one that tries.
    /// </summary>
    private static readonly HealthCheckConfig HealthChecks = new()
    {
        Active = new ActiveHealthCheckConfig
        {
            Enabled = true,
            Interval = TimeSpan.FromSeconds(5),
            Timeout = TimeSpan.FromSeconds(3),
            Policy = HealthCheckConstants.ActivePolicy.ConsecutiveFailures,
            Path = "/health",
        },
        Passive = new PassiveHealthCheckConfig
        {
            Enabled = true,
            Policy = HealthCheckConstants.PassivePolicy.TransportFailureRate,
            ReactivationPeriod = TimeSpan.FromSeconds(30),
        },
        AvailableDestinationsPolicy = HealthCheckConstants.AvailableDestinations.HealthyOrPanic,
    };

    private sealed record GatewayRoute(string Id, string Path, string Service)
    {
        public RouteConfig ToConfig(int order, string? rateLimiterPolicy = null) => new()
        {
            RouteId = Id,
            ClusterId = Service,
            Order = order,
            Match = new RouteMatch { Path = Path },
            RateLimiterPolicy = rateLimiterPolicy,
        };
    }
}
