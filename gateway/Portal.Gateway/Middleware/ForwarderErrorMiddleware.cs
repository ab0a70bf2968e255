using Portal.Gateway.Extensions;
using Portal.ServiceDefaults.Errors;
using Yarp.ReverseProxy.Forwarder;

namespace Portal.Gateway.Middleware;

/// <summary>
/// When YARP cannot reach a service it answers 502 or 504 with an empty body; clients of the API
/// expect problem details for every error (API.md), so the gateway writes one. YARP itself logs the
/// failure with its cause.
/// </summary>
public sealed class ForwarderErrorMiddleware(RequestDelegate next, IProblemDetailsService problems)
{
    public async Task InvokeAsync(HttpContext context)
    {
        await next(context);

        if (context.GetForwarderErrorFeature() is null
            || context.Response.HasStarted
            || context.RequestAborted.IsCancellationRequested)
        {
            return;
        }

        var status = context.Response.StatusCode;
        await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            // Below 500 YARP blames the client, e.g. a request body that broke off mid-way.
            ProblemDetails = PortalProblems.ToProblemDetails(
                status, status >= StatusCodes.Status500InternalServerError ? GatewayProblems.ServiceUnreachable : GatewayProblems.NotForwarded),
        });
    }
}
