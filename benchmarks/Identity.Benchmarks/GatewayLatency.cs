using Portal.Benchmarking;

namespace Identity.Benchmarks;

/// <summary>One cheap request, sent directly to identity and through the gateway, one at a time.</summary>
public sealed record GatewayLatencyResult(string Path, RequestStats Direct, RequestStats ThroughGateway);

/// <summary>
/// What the gateway adds to a request for identity: the discovery document (routed by <c>/.well-known/{**rest}</c>, no
/// rate limit, no database) one request at a time, alternating direct and through the gateway so that both see the
/// same machine at the same moments.
/// </summary>
public static class GatewayLatency
{
    public const string Path = "/.well-known/openid-configuration";
    public const string Direct = "discovery document, direct";
    public const string ThroughGateway = "discovery document, through the gateway";
    private const string WarmUp = "discovery document, warm-up";
    private const int WarmUpRequests = 50;

    public static async Task<GatewayLatencyResult> MeasureAsync(RequestLog log, IdentityStack stack, int samples, CancellationToken cancellation)
    {
        for (var i = 0; i < WarmUpRequests; i++)
        {
            await log.TimeAsync(WarmUp, () => GetAsync(stack.Identity, cancellation));
            await log.TimeAsync(WarmUp, () => GetAsync(stack.Gateway, cancellation));
        }

        for (var i = 0; i < samples; i++)
        {
            // Alternate which goes first, so neither always follows the other's warm connection or cache line.
            var (first, firstKind, second, secondKind) = i % 2 == 0
                ? (stack.Identity, Direct, stack.Gateway, ThroughGateway)
                : (stack.Gateway, ThroughGateway, stack.Identity, Direct);
            await log.TimeAsync(firstKind, () => GetAsync(first, cancellation));
            await log.TimeAsync(secondKind, () => GetAsync(second, cancellation));
        }

        var result = new GatewayLatencyResult(Path, log.Stats(Direct), log.Stats(ThroughGateway));
        Console.WriteLine($"{Path}: direct p50 {result.Direct.Latency.P50:F2} ms, through the gateway p50 {result.ThroughGateway.Latency.P50:F2} ms");
        return result;
    }

    /// <summary>The whole answer read: the gateway's time includes passing the body on.</summary>
    private static async Task<string?> GetAsync(HttpClient client, CancellationToken cancellation)
    {
        using var response = await client.GetAsync(new Uri(Path, UriKind.Relative), HttpCompletionOption.ResponseContentRead, cancellation);
        return await FailureReasons.UnlessAsync(response);
    }
}
