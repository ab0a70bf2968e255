using System.Net;

namespace Portal.Stack.Tests.Integrators;

/// <summary>
/// Waits as long as a 429 says and asks again, as a well-behaved integration does: the gateway limits
/// the sign-in endpoints per address, and every request of the tests comes from one. The gateway refuses
/// before forwarding, so asking again changes nothing on the server.
/// </summary>
public sealed class RateLimitPatience(HttpMessageHandler inner) : DelegatingHandler(inner)
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        // Form bodies are read once by the first send; keep them to send again.
        var body = request.Content is null ? null : await request.Content.ReadAsByteArrayAsync(cancellationToken);
        var contentHeaders = request.Content?.Headers.ToList();
        for (var attempt = 0; ; attempt++)
        {
            if (body is not null)
            {
                request.Content = new ByteArrayContent(body);
                foreach (var (name, values) in contentHeaders!)
                {
                    request.Content.Headers.TryAddWithoutValidation(name, values);
                }
            }

            var response = await base.SendAsync(request, cancellationToken);
            if (response.StatusCode != HttpStatusCode.TooManyRequests || attempt >= 10)
            {
                return response;
            }

            var wait = response.Headers.RetryAfter?.Delta ?? TimeSpan.FromSeconds(2);
            response.Dispose();
            await Task.Delay(wait, cancellationToken);
        }
    }
}
