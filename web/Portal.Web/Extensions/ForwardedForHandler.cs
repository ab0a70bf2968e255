namespace Portal.Web.Extensions;

/// <summary>
/// Tells identity whose attempt the web server passes on. Identity limits sign-in, token, password
/// reset and invitation-accept attempts per client address, and believes X-Forwarded-For from
/// loopback: without this header every browser's attempts would share the web server's one
/// allowance, and one visitor could use it up for everyone. Outside a request (a token refresh from
/// an interactive circuit) there is no browser address to pass, and nothing is added.
/// </summary>
public sealed class ForwardedForHandler(IHttpContextAccessor httpContext) : DelegatingHandler
{
    public const string HeaderName = "X-Forwarded-For";

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        // The browser's address: UseForwardedHeaders has already taken it from the gateway's header.
        if (httpContext.HttpContext?.Connection.RemoteIpAddress is { } browser && !request.Headers.Contains(HeaderName))
        {
            request.Headers.TryAddWithoutValidation(HeaderName, browser.ToString());
        }

        return base.SendAsync(request, cancellationToken);
    }
}
