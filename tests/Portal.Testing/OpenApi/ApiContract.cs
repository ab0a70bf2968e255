using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Portal.Testing.Fuzzing;

namespace Portal.Testing.OpenApi;

/// <summary>
/// A service's OpenAPI document against the routes it really maps (its own <c>GET /testing/endpoints</c>), against
/// the document committed in <c>docs/api/&lt;service&gt;.v1.json</c>, so that every change of the contract shows in
/// review, and against the one the build wrote (<c>services/&lt;Service&gt;.Api/obj/openapi</c>). <c>PORTAL_WRITE_API_DOCS=1</c> writes the committed document from the service.
/// </summary>
public static partial class ApiContract
{
    public const string WriteVariable = "PORTAL_WRITE_API_DOCS";

    /// <summary>Checks and fails the test on any problem; the summary goes to <paramref name="log"/>.</summary>
    /// <param name="token">A signed-in caller's access token, for the spot-check of the documented 404s.</param>
    public static async Task VerifyAsync(HttpClient service, string name, Action<string> log, string? token = null)
    {
        ArgumentNullException.ThrowIfNull(log);
        var report = await CheckAsync(service, name, token);
        log(report.Summary);
        Xunit.Assert.Empty(report.Problems);
        Xunit.Assert.True(report.Endpoints > 0, report.Summary);
        Xunit.Assert.True(report.MatchesCommitted, report.Summary);
        Xunit.Assert.True(token is null || report.NotFoundChecked > 0, report.Summary);
    }

    public static async Task<ApiContractReport> CheckAsync(HttpClient service, string name, string? token = null)
    {
        ArgumentNullException.ThrowIfNull(service);
        using var response = await service.GetAsync($"/api/{name}/openapi/v1.json");
        var text = await response.Content.ReadAsStringAsync();
        if (!response.IsSuccessStatusCode)
        {
            return new ApiContractReport(0, 0, 0, 0, [$"GET /api/{name}/openapi/v1.json answered {(int)response.StatusCode}: {text}"], false);
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

        var notFoundChecked = token is null ? 0 : await SpotCheckNotFoundAsync(service, documented, paths, token, problems);

        var committed = Path.Combine(RepositoryRoot(), "docs", "api", $"{name}.v1.json");
        // Readable in review: apostrophes and umlauts as they are (the file is JSON, not HTML).
        var pretty = document.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }) + "\n";
        if (Environment.GetEnvironmentVariable(WriteVariable) == "1")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(committed)!);
            await File.WriteAllTextAsync(committed, pretty);
        }

        var matches = File.Exists(committed) && JsonNode.DeepEquals(JsonNode.Parse(await File.ReadAllTextAsync(committed)), document);

        // The build writes the same document without running the service (Microsoft.Extensions.ApiDescription.Server);
        // it must be the one the running service gives, or tools that read the build's copy see another contract.
        var project = char.ToUpperInvariant(name[0]) + name[1..] + ".Api";
        var built = Path.Combine(RepositoryRoot(), "services", project, "obj", "openapi", $"{name}.json");
        if (!File.Exists(built))
        {
            problems.Add($"The build wrote no {Path.GetRelativePath(RepositoryRoot(), built)} (dotnet build services/{project})");
        }
        else if (!JsonNode.DeepEquals(JsonNode.Parse(await File.ReadAllTextAsync(built)), document))
        {
            problems.Add($"The build's {Path.GetRelativePath(RepositoryRoot(), built)} differs from the document the running service gives");
        }
        return new ApiContractReport(documented.Count, paths.Count, spotChecked, notFoundChecked, problems, matches);
    }

    /// <summary>
    /// Spot-check of the documented 404: a signed-in GET of a record that does not exist (a new id in every path
    /// parameter) answers 404 wherever the document lists it. Returns how many routes were called.
    /// </summary>
    private static async Task<int> SpotCheckNotFoundAsync(
        HttpClient service, IEnumerable<FuzzEndpoint> documented, JsonObject paths, string token, List<string> problems)
    {
        var checkedRoutes = 0;
        foreach (var endpoint in documented.Where(e => e.Method == "GET" && e.RouteParameters.Count > 0))
        {
            if (paths[Template(endpoint.Route)]?["get"]?["responses"]?["404"] is null)
            {
                continue;
            }

            checkedRoutes++;
            using var request = new HttpRequestMessage(HttpMethod.Get, RouteParameter().Replace(endpoint.Route, Guid.NewGuid().ToString()));
            request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
            using var answer = await service.SendAsync(request);
            if (answer.StatusCode != System.Net.HttpStatusCode.NotFound)
            {
                problems.Add($"GET {endpoint.Route}: documents 404, answered {(int)answer.StatusCode} for a record that does not exist");
            }
        }

        return checkedRoutes;
    }

    /// <summary>A route pattern as OpenAPI writes it: <c>{id:guid}</c> becomes <c>{id}</c>, <c>{**rest}</c> <c>{rest}</c>, no trailing slash.</summary>
    public static string Template(string route) =>
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
/// <param name="NotFoundChecked">Signed-in GET routes with a path parameter called for a record that does not exist (each must answer the documented 404).</param>
public sealed record ApiContractReport(int Endpoints, int Paths, int SpotChecked, int NotFoundChecked, IReadOnlyList<string> Problems, bool MatchesCommitted)
{
    public string Summary => $"{Endpoints} documented endpoints in {Paths} paths, {SpotChecked} answered their documented 401 without a token, {NotFoundChecked} their documented 404 for a record that does not exist; {(MatchesCommitted ? "the committed document" : "NOT the committed document (run the test with " + ApiContract.WriteVariable + "=1 and commit docs/api)")}.";
}
