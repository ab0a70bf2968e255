namespace Portal.Gateway.Routing;

/// <summary>
/// Sends a read (GET, HEAD, OPTIONS without a body) again when it failed before any answer came back: the
/// connection was refused or dropped, as when the replica that took it has just died. The next attempt opens a
/// new connection, which the load balancer in front of the service (Aspire's proxy, a Kubernetes Service) gives to
/// a replica that lives. Writes are never repeated here: whether a dropped write took effect is unknown, and
/// repeating it could do it twice.
/// </summary>
public sealed partial class SafeRequestRetryHandler(ILogger<SafeRequestRetryHandler> logger) : DelegatingHandler
{
    /// <summary>The first attempt and two more; a replica that died is out of rotation within that.</summary>
    private const int MaxAttempts = 3;

    private static readonly TimeSpan[] Pauses = [TimeSpan.FromMilliseconds(50), TimeSpan.FromMilliseconds(250)];

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (!IsSafeWithoutBody(request))
        {
            return await base.SendAsync(request, cancellationToken);
        }

        // The handlers below add to the message's headers (trace context): each retry starts from the headers as
        // they came from the gateway.
        var headers = request.Headers.Select(header => (header.Key, Values: header.Value.ToArray())).ToList();
        for (var attempt = 1; ; attempt++)
        {
            using var copy = attempt == 1 ? null : Copy(request, headers);
            try
            {
                return await base.SendAsync(copy ?? request, cancellationToken);
            }
            catch (HttpRequestException exception) when (attempt < MaxAttempts && !cancellationToken.IsCancellationRequested)
            {
                LogRetrying(logger, request.Method.Method, request.RequestUri?.AbsolutePath, attempt, exception.Message);
                await Task.Delay(Pauses[attempt - 1], cancellationToken);
            }
        }
    }

    private static bool IsSafeWithoutBody(HttpRequestMessage request) =>
        (request.Method == HttpMethod.Get || request.Method == HttpMethod.Head || request.Method == HttpMethod.Options)
        && request.Content is null;

    private static HttpRequestMessage Copy(HttpRequestMessage request, List<(string Key, string[] Values)> headers)
    {
        var copy = new HttpRequestMessage(request.Method, request.RequestUri)
        {
            Version = request.Version,
            VersionPolicy = request.VersionPolicy,
        };
        foreach (var (name, values) in headers)
        {
            copy.Headers.TryAddWithoutValidation(name, values);
        }

        foreach (var (key, value) in request.Options)
        {
            copy.Options.Set(new HttpRequestOptionsKey<object?>(key), value);
        }

        return copy;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Method} {Path} failed before an answer (attempt {Attempt}: {Reason}); sending it again on a new connection")]
    private static partial void LogRetrying(ILogger logger, string method, string? path, int attempt, string reason);
}
