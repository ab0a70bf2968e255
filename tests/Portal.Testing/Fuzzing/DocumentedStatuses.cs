using System.Text.Json.Nodes;
using Portal.Testing.OpenApi;

namespace Portal.Testing.Fuzzing;

/// <summary>
/// The response statuses each documented route lists in its service's OpenAPI document
/// (<c>/api/&lt;service&gt;/openapi/v1.json</c>), for checking that what a route really answers is in its contract.
/// </summary>
public sealed class DocumentedStatuses(IReadOnlyDictionary<string, JsonObject> documents)
{
    public static async Task<DocumentedStatuses> LoadAsync(HttpClient http, IEnumerable<FuzzEndpoint> endpoints)
    {
        var documents = new Dictionary<string, JsonObject>();
        foreach (var service in endpoints.Where(e => e.Documented).Select(ServiceOf).OfType<string>().Distinct())
        {
            using var response = await http.GetAsync($"/api/{service}/openapi/v1.json");
            if (response.IsSuccessStatusCode)
            {
                documents[service] = JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
            }
        }

        return new DocumentedStatuses(documents);
    }

    /// <summary>True when the route's document lists <paramref name="status"/>, or the route is not one a document describes.</summary>
    public bool Lists(FuzzEndpoint endpoint, int status)
    {
        if (!endpoint.Documented || ServiceOf(endpoint) is not { } service || !documents.TryGetValue(service, out var document))
        {
            return true;
        }

        var responses = document["paths"]?[ApiContract.Template(endpoint.Route)]?[endpoint.Method.ToLowerInvariant()]?["responses"]?.AsObject();
        return responses is null || responses.ContainsKey(status.ToString(System.Globalization.CultureInfo.InvariantCulture)) || responses.ContainsKey("default");
    }

    /// <summary>The service of an <c>/api/&lt;service&gt;/…</c> route; the OpenID and account pages have no document.</summary>
    private static string? ServiceOf(FuzzEndpoint endpoint) =>
        endpoint.Route.Split('/', StringSplitOptions.RemoveEmptyEntries) is ["api", var service, ..] ? service : null;
}
