using Microsoft.AspNetCore.Http;

namespace Portal.AppHost.Dashboard.Security;

/// <summary>
/// Keeps the two listeners apart (OTLP only on the receiver's port, the UI only on the dashboard's),
/// refuses foreign Host headers (DNS rebinding), and lets only signed-in browsers past the login page.
/// </summary>
internal sealed class DashboardAccessMiddleware(RequestDelegate next, DashboardAccess access, int otlpPort)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        var isOtlpPort = context.Connection.LocalPort == otlpPort;
        if (isOtlpPort != request.Path.StartsWithSegments("/v1") || !IsLocalHost(request.Host))
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        if (isOtlpPort || IsPublic(request.Path))
        {
            await next(context);
            return;
        }

        if (!access.IsSignedIn(request))
        {
            if (request.Path.StartsWithSegments("/api"))
            {
                context.Response.StatusCode = StatusCodes.Status401Unauthorized;
            }
            else
            {
                context.Response.Redirect("/login");
            }

            return;
        }

        if (HttpMethods.IsPost(request.Method) && !request.Headers.ContainsKey(DashboardAccess.RequestHeader))
        {
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            await context.Response.WriteAsync($"Commands need the {DashboardAccess.RequestHeader} header.");
            return;
        }

        await next(context);
    }

    private static bool IsPublic(PathString path) =>
        path.StartsWithSegments("/login") || path == "/assets/dashboard.css";

    private static bool IsLocalHost(HostString host) =>
        host.Host is "localhost" or "127.0.0.1" or "[::1]";
}
