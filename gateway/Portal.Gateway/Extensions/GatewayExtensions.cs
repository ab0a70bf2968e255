using Portal.Gateway.Middleware;
using Portal.Gateway.RateLimiting;
using Portal.Gateway.Routing;
using Portal.ServiceDefaults.Errors;

namespace Portal.Gateway.Extensions;

public static class GatewayExtensions
{
    /// <summary>
    /// The reverse proxy with its routes, destinations resolved by service discovery, and the rate
    /// limits on the sign-in endpoints.
    /// </summary>
    public static WebApplicationBuilder AddGateway(this WebApplicationBuilder builder)
    {
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.AddServerHeader = false);

        // YARP's default transforms already set X-Forwarded-For/Proto/Host (replacing whatever the
        // client sent) and drop X-Forwarded-Prefix while the gateway has no path base.
        builder.Services.AddReverseProxy()
            .LoadFromMemory(GatewayRoutes.Routes(), GatewayRoutes.Clusters())
            .AddServiceDiscoveryDestinationResolver();
        // Reads that lose their connection (a replica dying) are sent again on a new one.
        builder.Services.AddSingleton<Yarp.ReverseProxy.Forwarder.IForwarderHttpClientFactory, RetryingForwarderHttpClientFactory>();

        builder.AddSignInRateLimits();
        return builder;
    }

    /// <summary>
    /// Request ids and security headers first, so that every answer carries them, 429s and 502s included.
    /// </summary>
    public static WebApplication UseGateway(this WebApplication app)
    {
        app.UseMiddleware<RequestIdMiddleware>();
        app.UseMiddleware<SecurityHeadersMiddleware>();
        if (!app.Environment.IsDevelopment())
        {
            // Only ever sent over https and never for localhost, so plain-http development stays usable.
            app.UseHsts();
        }

        app.UseMiddleware<ForwarderErrorMiddleware>();
        app.UseRateLimiter();
        return app;
    }

    /// <summary>
    /// An <c>/api/...</c> path that no service claims would otherwise fall through to the web app and
    /// come back as an HTML page; API clients get problem details instead.
    /// </summary>
    public static WebApplication MapUnknownApiNotFound(this WebApplication app)
    {
        app.Map("/api/{**rest}", () => PortalProblems.Of(StatusCodes.Status404NotFound, GatewayProblems.UnknownApi))
            .WithOrder(GatewayRoutes.UnknownApiOrder)
            .ExcludeFromDescription();
        return app;
    }
}
