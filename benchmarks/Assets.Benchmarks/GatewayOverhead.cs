using Portal.Benchmarking;

namespace Assets.Benchmarks;

/// <summary>
/// What the gateway adds to a request: the same request sent straight to the service and through the
/// gateway, alternately, so that both see the same machine at the same moment.
/// </summary>
public static class GatewayOverhead
{
    public const int Samples = 300;

    /// <summary>A small list and the dashboard: the gateway's cost is per request, whatever the service does.</summary>
    public static readonly IReadOnlyList<string> Paths = ["/api/assets/objects?pageSize=5", "/api/assets/dashboard"];

    public static string DirectKind(Caller caller, string path) => $"direct|{caller.Name}|{path}";

    public static string GatewayKind(Caller caller, string path) => $"gateway|{caller.Name}|{path}";

    public static async Task MeasureAsync(HttpClient direct, HttpClient gateway, RequestLog log, Caller caller, string path, CancellationToken cancellationToken)
    {
        var token = caller.Token;
        for (var i = 0; i < Measurements.Warmup; i++)
        {
            await Measurements.SendAsync(direct, token, path, cancellationToken);
            await Measurements.SendAsync(gateway, token, path, cancellationToken);
        }

        for (var i = 0; i < Samples; i++)
        {
            await log.TimeAsync(DirectKind(caller, path), () => Measurements.SendAsync(direct, token, path, cancellationToken));
            await log.TimeAsync(GatewayKind(caller, path), () => Measurements.SendAsync(gateway, token, path, cancellationToken));
        }
    }
}
