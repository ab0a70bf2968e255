using System.Diagnostics;

namespace Portal.Gateway.Middleware;

/// <summary>
/// Gives every request an id that the destination service receives and the client gets back, so that
/// one request can be followed from the browser through the gateway into a service's logs.
/// </summary>
public sealed class RequestIdMiddleware(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context)
    {
        var incoming = context.Request.Headers[RequestId.HeaderName];
        var id = incoming.Count == 1 && RequestId.IsAcceptable(incoming[0]) ? incoming[0]! : RequestId.Create();

        // Replacing the request header is what makes YARP forward our id rather than a rejected one.
        context.Request.Headers[RequestId.HeaderName] = id;
        Activity.Current?.SetTag(RequestId.ActivityTag, id);

        // Set when the response starts, so a destination's own X-Request-Id cannot add a second value.
        context.Response.OnStarting(() =>
        {
            context.Response.Headers[RequestId.HeaderName] = id;
            return Task.CompletedTask;
        });
        return next(context);
    }
}
