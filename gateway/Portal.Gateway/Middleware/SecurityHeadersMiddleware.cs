using Microsoft.Extensions.Primitives;

namespace Portal.Gateway.Middleware;

/// <summary>
/// The browser-facing security headers, set at the edge so that no service or page can forget them.
/// The gateway's values replace a destination's: Blazor and antiforgery send their own, laxer
/// framing headers (SAMEORIGIN, frame-ancestors 'self') and the portal is never framed at all.
/// </summary>
public sealed class SecurityHeadersMiddleware(RequestDelegate next)
{
    private static readonly KeyValuePair<string, string>[] Replaced =
    [
        new("X-Content-Type-Options", "nosniff"),
        new("Referrer-Policy", "strict-origin-when-cross-origin"),
        new("X-Frame-Options", "DENY"),
        // Camera and microphone stay available to our own pages for video sessions; the rest is off.
        new("Permissions-Policy", "camera=(self), microphone=(self), geolocation=(), payment=(), usb=()"),
    ];

    // Added beside a destination's own policy rather than over it: browsers enforce every
    // Content-Security-Policy header, so ours can only tighten what a page already declares.
    private const string FrameAncestors = "frame-ancestors 'none'";

    public Task InvokeAsync(HttpContext context)
    {
        context.Response.OnStarting(static state =>
        {
            var headers = ((HttpResponse)state).Headers;
            foreach (var (name, value) in Replaced)
            {
                headers[name] = value;
            }

            headers.ContentSecurityPolicy = headers.ContentSecurityPolicy.Count == 0
                ? FrameAncestors
                : StringValues.Concat(headers.ContentSecurityPolicy, FrameAncestors);

            // Which server software answers is of use only to an attacker.
            headers.Remove("Server");
            return Task.CompletedTask;
        }, context.Response);
        return next(context);
    }
}
