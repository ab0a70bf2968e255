using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;
using Portal.Contracts;
using Portal.ServiceDefaults.Errors;
using Portal.ServiceDefaults.RateLimiting;

namespace Identity.Api.Extensions;

/// <summary>
/// Per client address limits on the endpoints where credentials or tokens are guessed. The address is
/// the real client's: X-Forwarded-For is believed only from the known proxies (loopback by default,
/// where the gateway runs), so nobody else can pick their own partition. Counted in identity's database, so that
/// the limit holds across its replicas (Portal.ServiceDefaults/RateLimiting).
/// </summary>
public static class RateLimitingExtensions
{
    // Path prefixes and the methods that try credentials there; GETs of the login page cost nothing to guess with.
    private static readonly (string Name, string Path, string? Method)[] LimitedEndpoints =
    [
        ("token", "/connect/token", null),
        ("login", "/account/login", HttpMethods.Post),
        ("password-reset", "/api/identity/password-reset", null),
        ("invitation-accept", "/api/identity/invitations/accept", null),
    ];

    public static void AddCredentialRateLimits(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<RateLimitOptions>().BindConfiguration(RateLimitOptions.SectionName)
            .Validate(o => o.PermitLimit > 0 && o.Window > TimeSpan.Zero, "Identity:RateLimits needs a positive PermitLimit and Window.")
            .ValidateOnStart();
        builder.Services.Configure<ForwardedHeadersOptions>(forwarded => forwarded.ForwardedHeaders |= ForwardedHeaders.XForwardedFor);
        // Identity's DbContext has its database's health check already.
        builder.AddSharedRateLimitWindows(ResourceNames.IdentityDb, checkHealth: false);

        builder.Services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.OnRejected = WriteRejectionAsync;
            // Global rather than per endpoint: OpenIddict answers /connect/token in the authentication
            // middleware, before any endpoint is chosen, and bad requests must be limited too.
            limiter.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
                LimitedEndpointOf(context.Request) is not { } endpoint
                    ? RateLimitPartition.GetNoLimiter("")
                    : SharedRateLimitPartition.GetFixedWindowLimiter($"{endpoint}|{context.Connection.RemoteIpAddress}", context.RequestServices, _ =>
                    {
                        var options = context.RequestServices.GetRequiredService<IOptions<RateLimitOptions>>().Value;
                        return new SharedFixedWindowOptions(options.PermitLimit, options.Window);
                    }));
        });
    }

    private static string? LimitedEndpointOf(HttpRequest request)
    {
        foreach (var (name, path, method) in LimitedEndpoints)
        {
            if (request.Path.StartsWithSegments(path, StringComparison.OrdinalIgnoreCase) && (method is null || HttpMethods.Equals(request.Method, method)))
            {
                return name;
            }
        }

        return null;
    }

    private static async ValueTask WriteRejectionAsync(OnRejectedContext context, CancellationToken cancellationToken)
    {
        var http = context.HttpContext;
        var wait = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter)
            ? retryAfter
            : http.RequestServices.GetRequiredService<IOptions<RateLimitOptions>>().Value.Window;
        var seconds = Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds));
        http.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        await http.RequestServices.GetRequiredService<IProblemDetailsService>().TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = http,
            ProblemDetails = PortalProblems.ToProblemDetails(StatusCodes.Status429TooManyRequests, RateLimitProblems.TooManyAttempts.WithDetail(seconds)),
        });
    }
}
