using System.Diagnostics;
using System.Net.Http.Headers;
using Portal.Contracts.Security;

namespace Assets.Benchmarks;

public sealed record Measurement(string Caller, string Request, double P50, double P95, double Max, int Samples);

/// <summary>Sequential requests (one user at a time): the latency a user waits for, not throughput.</summary>
public static class Measurements
{
    private const int Warmup = 10;
    private const int Samples = 100;

    public static async Task<List<Measurement>> RunAsync(HttpClient http, SeededData data)
    {
        var customerToken = Tokens.Mint(data.CustomerIds[0], OrganizationKinds.Customer);
        var providerToken = Tokens.Mint(data.ProviderId, OrganizationKinds.Provider);
        var results = new List<Measurement>();
        foreach (var (caller, token) in new[] { ("customer user (1 customer)", customerToken), ("provider staff (50 customers)", providerToken) })
        {
            foreach (var request in Requests(data))
            {
                results.Add(await MeasureAsync(http, caller, token, request));
                Console.WriteLine(results[^1]);
            }
        }

        return results;
    }

    private static string[] Requests(SeededData data) =>
    [
        "/api/assets/tickets",
        "/api/assets/tickets?status=open&priority=high",
        "/api/assets/tickets?sort=-priority&page=3",
        "/api/assets/tickets?text=pump",
        $"/api/assets/tickets?deviceId={data.SampleDeviceId}",
        "/api/assets/devices",
        "/api/assets/devices?status=fault&sort=nextServiceOn",
        $"/api/assets/devices?objectId={data.SampleObjectId}",
        "/api/assets/objects",
        "/api/assets/video-sessions?status=scheduled",
        "/api/assets/dashboard",
    ];

    private static async Task<Measurement> MeasureAsync(HttpClient http, string caller, string token, string path)
    {
        var timings = new List<double>();
        for (var i = 0; i < Warmup + Samples; i++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, path);
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
            var watch = Stopwatch.StartNew();
            using var response = await http.SendAsync(request);
            await response.Content.ReadAsByteArrayAsync();
            watch.Stop();
            response.EnsureSuccessStatusCode();
            if (i >= Warmup)
            {
                timings.Add(watch.Elapsed.TotalMilliseconds);
            }
        }

        timings.Sort();
        return new Measurement(caller, path, Percentile(timings, 0.50), Percentile(timings, 0.95), timings[^1], timings.Count);
    }

    private static double Percentile(List<double> sorted, double p) => sorted[(int)Math.Ceiling(p * sorted.Count) - 1];
}
