using System.Net.Http.Headers;
using System.Text.Json;
using Portal.Benchmarking;
using Portal.Contracts.Security;

namespace Assets.Benchmarks;

/// <summary>Who asks: a customer's user sees one customer, the provider's staff see them all.</summary>
public sealed record Caller(string Name, string Token);

/// <summary>
/// Sequential requests (one user at a time): the latency a user waits for, not throughput. Warm-up rounds first (JIT,
/// plans, caches), then the measured ones; every answer must be a 200.
/// </summary>
public static class Measurements
{
    public const int Warmup = 10;
    public const int Samples = 200;

    /// <summary>In a path: the <c>next</c> of page 149 of the same list, fetched per caller (keyset paging at depth).</summary>
    public const string DeepCursor = "{next of page 149}";

    public static IReadOnlyList<Caller> Callers(SeededData data) =>
    [
        new("customer user (1 customer)", Tokens.Mint(data.CustomerUserId, data.CustomerIds[0], OrganizationKinds.Customer)),
        new("provider staff (all customers)", Tokens.Mint(data.StaffUserId, data.ProviderId, OrganizationKinds.Provider)),
    ];

    /// <summary>
    /// Every list the portal's pages ask for, with each sort key the ticket list offers, and the dashboard. A
    /// request for one seeded record shows "{a device}" in its label, so that the rows of all sizes line up.
    /// </summary>
    public static IReadOnlyList<(string Label, string Path)> Requests(SeededData data) =>
    [.. Paths(data).Select(path => (path.Replace(data.SampleDeviceId.ToString(), "{a device}", StringComparison.Ordinal)
        .Replace(data.SampleObjectId.ToString(), "{an object}", StringComparison.Ordinal), path))];

    private static string[] Paths(SeededData data) =>
    [
        "/api/assets/tickets",
        "/api/assets/tickets?status=open&priority=high",
        "/api/assets/tickets?sort=-priority&page=3",
        // Deep: 3,725 tickets in, by page number and by the cursor (the customer's 4,000 tickets reach that far).
        "/api/assets/tickets?sort=-priority&page=150",
        $"/api/assets/tickets?sort=-priority&after={DeepCursor}",
        "/api/assets/tickets?sort=priority",
        "/api/assets/tickets?sort=status",
        "/api/assets/tickets?sort=-updatedAt",
        "/api/assets/tickets?sort=title",
        "/api/assets/tickets?text=pump",
        $"/api/assets/tickets?deviceId={data.SampleDeviceId}",
        "/api/assets/devices",
        "/api/assets/devices?status=fault&sort=nextServiceOn",
        $"/api/assets/devices?objectId={data.SampleObjectId}",
        "/api/assets/devices?text=pump",
        "/api/assets/objects",
        "/api/assets/video-sessions?status=scheduled",
        "/api/assets/dashboard",
    ];

    /// <summary>The path with <see cref="DeepCursor"/> replaced by what the service answers this caller.</summary>
    public static async Task<string> ResolveAsync(HttpClient http, string token, string path, CancellationToken cancellationToken)
    {
        if (!path.Contains(DeepCursor, StringComparison.Ordinal))
        {
            return path;
        }

        using var request = Get(token, path.Replace($"after={DeepCursor}", "page=149", StringComparison.Ordinal));
        using var response = await http.SendAsync(request, cancellationToken);
        if (await FailureReasons.UnlessAsync(response) is { } failure)
        {
            throw new BenchmarkFailedException($"page 149 for the deep cursor: {failure}");
        }

        using var page = JsonDocument.Parse(await response.Content.ReadAsStreamAsync(cancellationToken));
        var next = page.RootElement.GetProperty("next").GetString()
            ?? throw new BenchmarkFailedException("page 149 has no next page: too few tickets for the deep cursor");
        return path.Replace(DeepCursor, next, StringComparison.Ordinal);
    }

    /// <summary>
    /// Every request of every caller at every size, one after another, <see cref="Warmup"/> rounds unrecorded and then
    /// <see cref="Samples"/> recorded ones: a busy minute on the shared machine lands on all of them, not on one size's
    /// figures. Fails when more than a handful of requests failed.
    /// </summary>
    public static async Task<List<SizeResult>> MeasureInRoundsAsync(
        IReadOnlyList<(SeededData Size, HttpClient Http)> sizes, CancellationToken cancellationToken)
    {
        var plan = new List<(HttpClient Http, RequestLog Log, string Kind, string Token, string Path)>();
        var results = new List<SizeResult>();
        foreach (var (size, http) in sizes)
        {
            var log = new RequestLog();
            results.Add(new SizeResult(size, log));
            foreach (var caller in Callers(size))
            {
                foreach (var (label, path) in Requests(size))
                {
                    plan.Add((http, log, SizeResult.Kind(caller.Name, label), caller.Token, await ResolveAsync(http, caller.Token, path, cancellationToken)));
                }
            }
        }

        for (var round = 0; round < Warmup + Samples; round++)
        {
            foreach (var (http, log, kind, token, path) in plan)
            {
                if (round < Warmup)
                {
                    await SendAsync(http, token, path, cancellationToken);
                }
                else
                {
                    await log.TimeAsync(kind, () => SendAsync(http, token, path, cancellationToken));
                }
            }
        }

        FailureBudget.Handful.Check(results.SelectMany(r => r.Log.All()));
        return results;
    }

    /// <summary>Null when the answer was a 200 (read to its end), else why not.</summary>
    public static async Task<string?> SendAsync(HttpClient http, string token, string path, CancellationToken cancellationToken)
    {
        using var request = Get(token, path);
        using var response = await http.SendAsync(request, cancellationToken);
        var failure = await FailureReasons.UnlessAsync(response);
        await response.Content.ReadAsByteArrayAsync(cancellationToken);
        return failure;
    }

    private static HttpRequestMessage Get(string token, string path)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return request;
    }
}
