using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Portal.Testing.Fuzzing;

namespace Portal.Testing.OpenApi;

/// <summary>
/// A service's OpenAPI document against the routes it really maps (its own <c>GET /testing/endpoints</c>) and
/// against the document committed in <c>docs/api/&lt;service&gt;.v1.json</c>, so that every change of the
/// contract shows in review. <c>PORTAL_WRITE_API_DOCS=1</c> writes the committed document from the service.
/// </summary>
public static partial class ApiContract
{
    public const string WriteVariable = "PORTAL_WRITE_API_DOCS";

    /// <summary>Checks and fails the test on any problem; the summary goes to <paramref name="log"/>.</summary>
    public static async Task VerifyAsync(HttpClient service, string name, Action<string> log)
    {
        ArgumentNullException.ThrowIfNull(log);
        var report = await CheckAsync(service, name);
        log(report.Summary);
        Xunit.Assert.Empty(report.Problems);
        Xunit.Assert.True(report.Endpoints > 0, report.Summary);
        Xunit.Assert.True(report.MatchesCommitted, report.Summary);
    }

    public static async Task<ApiContractReport> CheckAsync(HttpClient service, string name)
    {
        ArgumentNullException.ThrowIfNull(service);
        using var response = await service.GetAsync($"/api/{name}/openapi/v1.json");
        var text = await response.Content.ReadAsStringAsync();
        if (!response.IsSuccessStatusCode)
        {
            return new ApiContractReport(0, 0, 0, [$"GET /api/{name}/openapi/v1.json answered {(int)response.StatusCode}: {text}"], false);
        }

        var document = JsonNode.Parse(text)!.AsObject();
        var paths = document["paths"]?.AsObject() ?? [];
        var endpoints = (await service.GetFromJsonAsync<List<FuzzEndpoint>>("/testing/endpoints"))!;
        var documented = endpoints.Where(e => e.Documented && e.Route.StartsWith($"/api/{name}/", StringComparison.Ordinal)).ToList();
        var problems = documented
            .Where(e => paths[Template(e.Route)]?[e.Method.ToLowerInvariant()] is null)
            .Select(e => $"{e.Method} {e.Route} is mapped but not in the document")
            .ToList();

        var spotChecked = 0;
        // Spot-check of the documented statuses: every route the document says needs a sign-in answers 401 without one.
        foreach (var endpoint in documented.Where(e => e.Method == "GET"))
        {
            var operation = paths[Template(endpoint.Route)]?["get"];
            if (operation?["security"] is null)
            {
                continue;
            }

            spotChecked++;
            using var anonymous = await service.GetAsync(RouteParameter().Replace(endpoint.Route, Guid.NewGuid().ToString()));
            if (anonymous.StatusCode != System.Net.HttpStatusCode.Unauthorized || operation["responses"]?["401"] is null)
            {
                problems.Add($"GET {endpoint.Route}: documented as signed-in, answered {(int)anonymous.StatusCode} without a token");
            }
        }

        var committed = Path.Combine(RepositoryRoot(), "docs", "api", $"{name}.v1.json");
        // Readable in review: apostrophes and umlauts as they are (the file is JSON, not HTML).
        var pretty = document.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }) + "\n";
        if (Environment.GetEnvironmentVariable(WriteVariable) == "1")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(committed)!);
            await File.WriteAllTextAsync(committed, pretty);
        }

        var matches = File.Exists(committed) && JsonNode.DeepEquals(JsonNode.Parse(await File.ReadAllTextAsync(committed)), document);
        return new ApiContractReport(documented.Count, paths.Count, spotChecked, problems, matches);
    }

    /// <summary>A route pattern as OpenAPI writes it: <c>{id:guid}</c> becomes <c>{id}</c>, <c>{**rest}</c> <c>{rest}</c>, no trailing slash.</summary>
    private static string Template(string route) =>
        RouteParameter().Replace(route.Length > 1 ? route.TrimEnd('/') : route, match => "{" + match.Groups["name"].Value + "}");

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Portal.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("No Portal.sln above " + AppContext.BaseDirectory);
    }

    [GeneratedRegex(@"\{\**(?<name>[A-Za-z0-9_]+)[^}]*\}")]
    private static partial Regex RouteParameter();
}

/// <param name="Endpoints">Mapped routes that are to be documented.</param>
/// <param name="Paths">Paths in the document.</param>
/// <param name="SpotChecked">Signed-in GET routes called without a token (each must answer the documented 401).</param>
/// <param name="MatchesCommitted">The document is the one in docs/api, field for field.</param>
public sealed record ApiContractReport(int Endpoints, int Paths, int SpotChecked, IReadOnlyList<string> Problems, bool MatchesCommitted)
{
    public string Summary => $"{Endpoints} documented endpoints in {Paths} paths, {SpotChecked} answered their documented 401 without a token; {(MatchesCommitted ? "the committed document" : "NOT the committed document (run the test with " + ApiContract.WriteVariable + "=1 and commit docs/api)")}.";
}
