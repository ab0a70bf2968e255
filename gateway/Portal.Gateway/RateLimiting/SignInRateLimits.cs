using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;
using Portal.Contracts;
using Portal.Gateway.Extensions;
using Portal.ServiceDefaults.Errors;
using Portal.ServiceDefaults.RateLimiting;

namespace Portal.Gateway.RateLimiting;

public static class SignInRateLimits
{
    /// <summary>The policy the sign-in routes name in <see cref="Routing.GatewayRoutes"/>.</summary>
    public const string PolicyName = "sign-in";

    public static WebApplicationBuilder AddSignInRateLimits(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<SignInRateLimitOptions>()
            .BindConfiguration(SignInRateLimitOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        // Counted in the gateway's own database, so that the limit holds across its replicas; the check reports
        // Degraded, not Unhealthy, when it is down (the limits then count per replica, the gateway stays in service).
        builder.AddSharedRateLimitWindows(ResourceNames.GatewayDb, checkHealth: true);

        builder.Services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.OnRejected = WriteRejectionAsync;
            limiter.AddPolicy(PolicyName, context =>
            {
                var options = context.RequestServices.GetRequiredService<IOptions<SignInRateLimitOptions>>().Value;
                // Refused at once, never queued: queueing would only hold a guessing client's connection open.
                return SharedRateLimitPartition.GetFixedWindowLimiter(PartitionKey(context), context.RequestServices,
                    _ => new SharedFixedWindowOptions(options.PermitLimit, options.Window));
            });
        });
        return builder;
    }

    /// <summary>
    /// Per client address and endpoint: one sign-in walks through authorize, login and token, and
    /// should not use up its own allowance. The gateway is the public edge, so the connection's
    /// address is the client's; behind a load balancer this needs the forwarded-headers middleware.
    /// </summary>
    private static string PartitionKey(HttpContext context) =>
        $"{context.GetEndpoint()?.DisplayName}|{context.Connection.RemoteIpAddress}";

    private static async ValueTask WriteRejectionAsync(OnRejectedContext context, CancellationToken cancellationToken)
    {
        var http = context.HttpContext;
        var retryAfter = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait)
            ? wait
            : http.RequestServices.GetRequiredService<IOptions<SignInRateLimitOptions>>().Value.Window;
        var seconds = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds));
        http.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);

        var problems = http.RequestServices.GetRequiredService<IProblemDetailsService>();
        // Try: a client that accepts no JSON still gets the 429 and Retry-After, just without a body.
        await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = http,
            ProblemDetails = PortalProblems.ToProblemDetails(StatusCodes.Status429TooManyRequests, GatewayProblems.TooManySignIns.WithDetail(seconds)),
        });
    }
}
