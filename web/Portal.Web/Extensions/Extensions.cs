using Microsoft.AspNetCore.HttpOverrides;
using MudBlazor.Services;
using Portal.Web.Authentication;
using Portal.Web.Localization;
using Portal.Web.Status;

namespace Portal.Web.Extensions;

public static class Extensions
{
    public static WebApplicationBuilder AddApplicationServices(this WebApplicationBuilder builder)
    {
        // Development turns this on by itself; the AppHost's tests may run the build output under
        // another environment, and without it blazor.web.js (a package asset) would be missing.
        // Published output has no runtime manifest, so there it does nothing.
        builder.WebHost.UseStaticWebAssets();

        builder.Services.AddRazorComponents()
            .AddInteractiveServerComponents();
        builder.Services.AddMudServices();

        builder.AddPortalAuthentication();
        builder.AddPortalLocalization();
        builder.Services.AddPortalApiClients();

        // Requests arrive through the gateway; pages, redirects and the circuit's base address must
        // use the host and scheme the browser used. Only loopback proxies are trusted (the default).
        builder.Services.Configure<ForwardedHeadersOptions>(options =>
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor
                | ForwardedHeaders.XForwardedProto
                | ForwardedHeaders.XForwardedHost);

        // A status probe must answer quickly and honestly: the default retries and circuit breaker
        // would turn a service that is down into a page that hangs, or throws, before saying so.
        // RemoveAllResilienceHandlers is the supported way to opt out, though still marked experimental.
#pragma warning disable EXTEXP0001
        builder.Services.AddHttpClient<ServiceStatusChecker>(client => client.Timeout = ServiceStatusChecker.Timeout)
            .RemoveAllResilienceHandlers();
#pragma warning restore EXTEXP0001

        return builder;
    }
}
