using Microsoft.AspNetCore.Http.Extensions;
using Portal.ServiceDefaults.Health;

namespace Portal.Web.Authentication;

/// <summary>
/// Sends a browser that opened the portal under another name of this server (http://127.0.0.1:5000 for
/// http://localhost:5000, the web app's own port) to the same page on the public address. A sign-in started
/// anywhere else could never finish: its correlation and nonce cookies belong to the host it started on,
/// while identity returns the browser to <c>&lt;public url&gt;/signin-oidc</c>, the one redirect URI it knows.
/// Customers' own hosts stay where they are: their /signin hands the sign-in to the public address itself.
/// </summary>
public static class CanonicalHost
{
    // Answered on any host: the circuit (its websocket and POSTs cannot follow a redirect), the files of a
    // page already shown there, and the probes the AppHost sends to the web app's own port.
    private static readonly PathString[] AnyHost =
        ["/_blazor", "/_framework", "/_content", HealthEndpoints.HealthPath, HealthEndpoints.AlivePath];

    /// <summary>After <c>UseForwardedHeaders</c>, so that the host is the one the browser asked for.</summary>
    public static IApplicationBuilder UseCanonicalHost(this IApplicationBuilder app)
    {
        var addresses = app.ApplicationServices.GetRequiredService<PortalAddresses>();
        var customerHosts = app.ApplicationServices.GetRequiredService<CustomerHosts>();
        return app.Use((context, next) =>
        {
            if (IsPageNavigation(context.Request)
                && !IsPublicAddress(context.Request, addresses.PublicUrl)
                && customerHosts.SlugOf(context.Request.Host.Host) is null)
            {
                // Temporary: a public URL that changes must not stay stuck in browsers' caches.
                context.Response.Redirect(OnPublicAddress(context.Request, addresses.PublicUrl));
                return Task.CompletedTask;
            }

            return next(context);
        });
    }

    // A page the person opens (GET or HEAD asking for HTML): an API call or a script's request keeps its answer.
    private static bool IsPageNavigation(HttpRequest request) =>
        (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method))
        && !request.HttpContext.WebSockets.IsWebSocketRequest
        && request.Headers.Accept.ToString().Contains("text/html", StringComparison.OrdinalIgnoreCase)
        && !AnyHost.Any(path => request.Path.StartsWithSegments(path, StringComparison.OrdinalIgnoreCase));

    private static bool IsPublicAddress(HttpRequest request, Uri publicUrl) =>
        string.Equals(request.Host.Host, publicUrl.Host, StringComparison.OrdinalIgnoreCase)
        && (request.Host.Port ?? (request.IsHttps ? 443 : 80)) == publicUrl.Port;

    // Built from its parts, never by resolving the request's path against the public URL: a path such as
    // "//elsewhere.example" or "/https://elsewhere.example" must stay a path on this site.
    private static string OnPublicAddress(HttpRequest request, Uri publicUrl) =>
        UriHelper.BuildAbsolute(publicUrl.Scheme, HostString.FromUriComponent(publicUrl), request.PathBase, request.Path, request.QueryString);
}
