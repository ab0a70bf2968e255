using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Portal.Web.Contract.Tests;

/// <summary>
/// The services' committed OpenAPI documents (<c>docs/api/*.v1.json</c>), read at test time from the
/// repository so that the check follows every change of a document without a rebuild.
/// </summary>
internal sealed class OpenApiDocuments(IReadOnlyList<OpenApiDocument> documents)
{
    public IReadOnlyList<OpenApiDocument> Documents { get; } = documents;

    public static OpenApiDocuments LoadCommitted()
    {
        var folder = Path.Combine(RepositoryRoot(), "docs", "api");
        var documents = Directory.GetFiles(folder, "*.v1.json")
            .Order(StringComparer.Ordinal)
            .Select(file => new OpenApiDocument(Path.GetFileName(file).Split('.')[0], JsonNode.Parse(File.ReadAllText(file))!.AsObject()))
            .ToList();
        if (documents.Count == 0)
        {
            throw new InvalidOperationException($"No OpenAPI documents in {folder}.");
        }

        return new OpenApiDocuments(documents);
    }

    /// <summary>The operation a request reaches, or why none does.</summary>
    public OperationMatch Find(string method, string path)
    {
        var candidates = Documents
            .SelectMany(document => document.Paths.Select(template => (document, template)))
            .Where(c => c.template.Matches(path))
            .ToList();
        if (candidates.Count == 0)
        {
            return new OperationMatch(null, null);
        }

        // As ASP.NET Core routes: among the templates that take this method, the most literal one wins
        // (POST /invitations/accept before POST /invitations/{id}).
        var best = candidates
            .Select(c => c.document.Operation(c.template, method))
            .Where(operation => operation is not null)
            .OrderByDescending(operation => operation!.Template.LiteralSegments)
            .FirstOrDefault();
        var documentedMethods = candidates.SelectMany(c => c.document.Methods(c.template)).Distinct().Order(StringComparer.Ordinal).ToList();
        return new OperationMatch(best, documentedMethods);
    }

    private static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Portal.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException($"No Portal.sln above {AppContext.BaseDirectory}.");
    }
}

/// <summary><see cref="Operation"/> is null when the path has no operation of that method; <see cref="DocumentedMethods"/> is null when the path is not documented at all.</summary>
internal sealed record OperationMatch(DocumentedOperation? Operation, IReadOnlyList<string>? DocumentedMethods);

/// <summary>One service's document.</summary>
internal sealed class OpenApiDocument(string service, JsonObject root)
{
    private static readonly string[] HttpMethods = ["get", "put", "post", "delete", "options", "head", "patch", "trace"];

    public string Service { get; } = service;

    public IReadOnlyList<PathTemplate> Paths { get; } =
        (root["paths"] as JsonObject ?? []).Select(p => new PathTemplate(p.Key)).ToList();

    /// <summary>The document-wide security requirement, for operations that state none of their own.</summary>
    public JsonArray? Security => root["security"] as JsonArray;

    public DocumentedOperation? Operation(PathTemplate template, string method) =>
        PathItem(template)?[method.ToLowerInvariant()] is JsonObject operation
            ? new DocumentedOperation(this, method.ToUpperInvariant(), template, operation, PathItem(template)!)
            : null;

    public IEnumerable<string> Methods(PathTemplate template) =>
        PathItem(template) is { } item ? HttpMethods.Where(m => item[m] is not null).Select(m => m.ToUpperInvariant()) : [];

    /// <summary>Follows a local JSON pointer such as <c>#/components/schemas/DeviceResponse</c>.</summary>
    public JsonNode Resolve(string pointer)
    {
        if (!pointer.StartsWith("#/", StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"{Service}: only local references are read, not {pointer}");
        }

        JsonNode? node = root;
        foreach (var token in pointer[2..].Split('/'))
        {
            node = node?[token.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal)];
        }

        return node ?? throw new InvalidOperationException($"{Service}: {pointer} points at nothing");
    }

    private JsonObject? PathItem(PathTemplate template) => root["paths"]?[template.Text] as JsonObject;
}

/// <summary>A documented path such as <c>/api/assets/devices/{id}/code.svg</c>; a <c>{parameter}</c> stands for one segment.</summary>
internal sealed class PathTemplate
{
    private readonly Regex _pattern;

    public PathTemplate(string text)
    {
        Text = text;
        var pattern = string.Concat(Regex.Split(text, @"(\{[^}]+\})").Select(part => part.StartsWith('{') ? "[^/]+" : Regex.Escape(part)));
        _pattern = new Regex("^" + pattern + "/?$", RegexOptions.CultureInvariant);
        LiteralSegments = text.Split('/').Count(segment => !segment.Contains('{', StringComparison.Ordinal));
    }

    public string Text { get; }

    public int LiteralSegments { get; }

    public bool Matches(string path) => _pattern.IsMatch(path);
}

/// <summary>One documented operation: its parameters, request body and answers.</summary>
internal sealed class DocumentedOperation(OpenApiDocument document, string method, PathTemplate template, JsonObject operation, JsonObject pathItem)
{
    public OpenApiDocument Document { get; } = document;

    public string Method { get; } = method;

    public PathTemplate Template { get; } = template;

    public string Title => $"{Method} {Template.Text}";

    /// <summary>The query parameters, by their documented spelling (the path item's own included).</summary>
    public IReadOnlyList<string> QueryParameters =>
        new[] { pathItem["parameters"], operation["parameters"] }
            .OfType<JsonArray>()
            .SelectMany(list => list)
            .Select(parameter => parameter is JsonObject p && p["$ref"] is JsonValue reference ? Document.Resolve(reference.GetValue<string>()) : parameter)
            .Where(parameter => (string?)parameter?["in"] == "query")
            .Select(parameter => (string)parameter!["name"]!)
            .ToList();

    /// <summary>An empty requirement (<c>{}</c>) in the list means the operation also answers without a token.</summary>
    public bool RequiresSignIn =>
        (operation["security"] as JsonArray ?? Document.Security) is { Count: > 0 } requirements &&
        requirements.All(r => r is JsonObject { Count: > 0 });

    public bool HasRequestBody => RequestBody is not null;

    public bool RequiresRequestBody => (bool?)RequestBody?["required"] ?? false;

    /// <summary>The JSON request body's schema; null when the operation takes no JSON body.</summary>
    public OpenApiSchema? RequestBodySchema =>
        JsonMediaType(RequestBody) is { } content ? OpenApiSchema.From(content["schema"], Document, $"{Title} request body") : null;

    /// <summary>The form's schema of a file upload (<c>multipart/form-data</c>); null when the operation takes no form.</summary>
    public OpenApiSchema? FormSchema =>
        (RequestBody?["content"] as JsonObject)?["multipart/form-data"] is JsonObject form ? OpenApiSchema.From(form["schema"], Document, $"{Title} form") : null;

    /// <summary>
    /// The 2xx answers, each with its JSON schema, or null for one without a JSON body (204, an SVG).
    /// </summary>
    public IReadOnlyList<(string Status, OpenApiSchema? Schema)> SuccessResponses =>
        (operation["responses"] as JsonObject ?? [])
            .Where(r => r.Key.StartsWith('2'))
            .Select(r => (r.Key, JsonMediaType(Resolved(r.Value)) is { } content ? OpenApiSchema.From(content["schema"], Document, $"{Title} {r.Key} response") : null))
            .ToList();

    private JsonObject? RequestBody => Resolved(operation["requestBody"]);

    private JsonObject? Resolved(JsonNode? node) =>
        node is JsonObject obj && obj["$ref"] is JsonValue reference ? Document.Resolve(reference.GetValue<string>()) as JsonObject : node as JsonObject;

    private static JsonObject? JsonMediaType(JsonObject? bodyOrResponse) =>
        (bodyOrResponse?["content"] as JsonObject ?? [])
            .Where(c => c.Key == "application/json" || c.Key.EndsWith("+json", StringComparison.Ordinal))
            .Select(c => c.Value as JsonObject)
            .FirstOrDefault();
}
