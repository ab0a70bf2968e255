using System.Collections.Concurrent;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Portal.Testing.OpenApi;

namespace Portal.Testing.Fuzzing;

/// <summary>What a fuzz run covered and what it found.</summary>
public sealed record FuzzReport(int Endpoints, int Requests, IReadOnlyDictionary<int, int> Statuses, IReadOnlyList<string> Failures)
{
    public string Summary =>
        $"{Endpoints} endpoints, {Requests} requests; answers: {string.Join(", ", Statuses.OrderBy(s => s.Key).Select(s => $"{s.Key}×{s.Value}"))}; failures: {Failures.Count}";
}

/// <summary>
/// Sends every endpoint a service maps (from its own <c>GET /testing/endpoints</c>) the classes of bad
/// input in <see cref="BadInput"/>, and fails on what a client must never see: a 5xx, an error that is
/// not problem details, a bad body that is accepted, an answer the service's OpenAPI document does not list
/// for that route (a client generated from the document would not expect it). Deleting endpoints go last, so
/// that a delete that works (an account, a session) does not take the caller away from the rest.
/// </summary>
public static class FuzzRun
{
    public static async Task<FuzzReport> RunAsync(
        HttpClient http, Func<FuzzEndpoint, Task<string?>> tokenFor,
        Func<FuzzEndpoint, bool>? answersWithProblemDetails = null, Func<FuzzEndpoint, bool>? skip = null,
        Action<HttpRequestMessage>? prepare = null)
    {
        var endpoints = (await http.GetFromJsonAsync<List<FuzzEndpoint>>("/testing/endpoints"))!
            .Where(e => skip?.Invoke(e) != true)
            .OrderBy(e => e.Method == "DELETE")
            .ToList();
        var documents = await DocumentedStatuses.LoadAsync(http, endpoints);
        var statuses = new ConcurrentDictionary<int, int>();
        var failures = new ConcurrentBag<string>();
        var requests = 0;
        foreach (var group in endpoints.GroupBy(e => e.Method == "DELETE"))
        {
            await Parallel.ForEachAsync(group, new ParallelOptions { MaxDegreeOfParallelism = 4 }, async (endpoint, cancellationToken) =>
            {
                var token = endpoint.Anonymous ? null : await tokenFor(endpoint);
                foreach (var fuzz in BadInput.For(endpoint))
                {
                    Interlocked.Increment(ref requests);
                    var failure = await SendAsync(http, endpoint, fuzz, token, answersWithProblemDetails?.Invoke(endpoint) ?? true, prepare, statuses, documents, cancellationToken);
                    if (failure is not null)
                    {
                        failures.Add(failure);
                    }
                }
            });
        }

        return new FuzzReport(endpoints.Count, requests, statuses, [.. failures.Order(StringComparer.Ordinal)]);
    }

    private static async Task<string?> SendAsync(
        HttpClient http, FuzzEndpoint endpoint, FuzzCase fuzz, string? token, bool problemDetails,
        Action<HttpRequestMessage>? prepare, ConcurrentDictionary<int, int> statuses, DocumentedStatuses documents, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(new HttpMethod(endpoint.Method), fuzz.Path) { Content = fuzz.Content() };
        prepare?.Invoke(request);
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        using var response = await http.SendAsync(request, cancellationToken);
        var status = (int)response.StatusCode;
        statuses.AddOrUpdate(status, 1, (_, count) => count + 1);
        var mediaType = response.Content.Headers.ContentType?.MediaType;
        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        var problem = status >= 500 ? "a server error"
            : status >= 400 && problemDetails && mediaType != "application/problem+json" ? $"an error that is not problem details ({mediaType ?? "no body"})"
            : status >= 400 && problemDetails && !HasCode(body) ? "problem details without a code"
            : status < 400 && fuzz.MustBeRefused ? "a bad request accepted"
            : documents.Lists(endpoint, status) ? null
            : "an answer its OpenAPI document does not list for this route";
        if (problem is null)
        {
            return null;
        }

        return $"{endpoint} [{fuzz.Name}] {status}: {problem}. {body[..Math.Min(body.Length, 300)]}";
    }

    /// <summary>Every problem carries the stable code a client acts on (API.md).</summary>
    private static bool HasCode(string body)
    {
        try
        {
            using var json = System.Text.Json.JsonDocument.Parse(body);
            return json.RootElement.TryGetProperty("code", out var code) && code.ValueKind == System.Text.Json.JsonValueKind.String
                && code.GetString()!.Length > 0;
        }
        catch (System.Text.Json.JsonException)
        {
            return false;
        }
    }
}
