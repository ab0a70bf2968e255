using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Portal.Testing.Fuzzing;

/// <summary>
/// The classes of bad input a hostile but legitimate caller sends, per endpoint: malformed JSON, the
/// wrong JSON kind, each field of the wrong type, a NUL in each text, 10,000 characters, 10,000 list
/// items, missing fields, unknown enum values, the wrong content type; in the query, each parameter
/// with a NUL, far too long, negative or out of range; in the route, ids nobody has and ids that are
/// not ids. Every other field holds a plausible value, so that one request tests one mistake.
/// </summary>
public static partial class BadInput
{
    public const int LongText = 10_000;
    public const int LongList = 10_000;
    private const string Json = "application/json";

    public static IEnumerable<FuzzCase> For(FuzzEndpoint endpoint)
    {
        var path = Fill(endpoint.Route, endpoint.RouteParameters, _ => null);
        var plausibleQuery = endpoint.Query.ToDictionary(q => q.Name, q => PlausibleText(q.Kind));
        yield return new FuzzCase("plausible", path, () => endpoint.Body is null ? null : JsonBody(Plausible(endpoint.Body)), MustBeRefused: false);

        foreach (var parameter in endpoint.RouteParameters.Where(p => p.Kind == "guid"))
        {
            yield return new FuzzCase($"route {parameter.Name} not an id", Fill(endpoint.Route, endpoint.RouteParameters, name => name == parameter.Name ? "not-an-id" : null),
                () => endpoint.Body is null ? null : JsonBody(Plausible(endpoint.Body)), MustBeRefused: true);
        }

        foreach (var parameter in endpoint.Query)
        {
            foreach (var (name, value, refused) in BadQueryValues())
            {
                var query = new Dictionary<string, string>(plausibleQuery) { [parameter.Name] = value };
                yield return new FuzzCase($"query {parameter.Name} {name}", path + "?" + QueryString(query), () => null, refused);
            }
        }

        if (endpoint.Body is not { } body || endpoint.Form)
        {
            yield break;
        }

        yield return new FuzzCase("malformed JSON", path, () => Raw("{\"a\":", Json), MustBeRefused: true);
        yield return new FuzzCase("a list for the body", path, () => Raw("[]", Json), MustBeRefused: true);
        yield return new FuzzCase("a text for the body", path, () => Raw("\"text\"", Json), MustBeRefused: true);
        yield return new FuzzCase("a number for the body", path, () => Raw("42", Json), MustBeRefused: true);
        yield return new FuzzCase("an empty body", path, () => Raw("", Json), MustBeRefused: true);
        yield return new FuzzCase("null for the body", path, () => Raw("null", Json), MustBeRefused: false);
        yield return new FuzzCase("no fields", path, () => Raw("{}", Json), MustBeRefused: false);
        yield return new FuzzCase("a form instead of JSON", path, () => Raw("name=value", "application/x-www-form-urlencoded"), MustBeRefused: true);
        yield return new FuzzCase("plain text instead of JSON", path, () => Raw("name", "text/plain"), MustBeRefused: true);

        foreach (var (fieldPath, field) in Fields(body, []))
        {
            foreach (var (name, value, refused) in BadValues(field))
            {
                yield return new FuzzCase($"{string.Join('.', fieldPath)} {name}", path, () =>
                {
                    var document = Plausible(body);
                    Set(document, fieldPath, value());
                    return JsonBody(document);
                }, refused);
            }
        }
    }

    /// <summary>Every field of the body, nested objects and list items included, with the path to it.</summary>
    private static IEnumerable<(object[] Path, FuzzField Field)> Fields(FuzzField field, object[] path)
    {
        if (field.Kind == "object")
        {
            foreach (var property in field.Properties ?? [])
            {
                object[] inner = [.. path, property.Name];
                yield return (inner, property);
                foreach (var nested in Fields(property, inner).Where(n => n.Path.Length > inner.Length))
                {
                    yield return nested;
                }
            }
        }
        else if (field is { Kind: "list", Items: { } items })
        {
            object[] inner = [.. path, 0];
            if (path.Length > 0)
            {
                yield return (inner, items);
            }

            foreach (var nested in Fields(items, inner).Where(n => n.Path.Length > inner.Length))
            {
                yield return nested;
            }
        }
    }

    private static IEnumerable<(string Name, Func<JsonNode?> Value, bool Refused)> BadValues(FuzzField field)
    {
        yield return ("of the wrong type", () => WrongType(field.Kind), true);
        switch (field.Kind)
        {
            case "string":
                yield return ("with a NUL", () => JsonValue.Create("bad\u0000text"), true);
                yield return ("with other control characters", () => JsonValue.Create("bad\u0007\u001btext"), true);
                yield return ($"of {LongText} characters", () => JsonValue.Create(new string('x', LongText)), true);
                yield return ("an unknown value", () => JsonValue.Create("no-such-value"), false);
                yield return ("empty", () => JsonValue.Create(""), false);
                break;
            case "guid":
                yield return ("the empty id", () => JsonValue.Create(Guid.Empty), false);
                yield return ("an id nobody has", () => JsonValue.Create(Guid.NewGuid()), false);
                break;
            case "integer":
                yield return ("negative", () => JsonValue.Create(-1), false);
                yield return ("beyond 64 bits", () => JsonNode.Parse("99999999999999999999"), true);
                break;
            case "datetime":
                yield return ("far in the past", () => JsonValue.Create(new DateTimeOffset(1, 1, 1, 0, 0, 0, TimeSpan.Zero)), false);
                yield return ("far in the future", () => JsonValue.Create(DateTimeOffset.MaxValue), false);
                break;
            case "list":
                yield return ($"of {LongList} items", () => new JsonArray([.. Enumerable.Range(0, LongList).Select(_ => field.Items is null ? JsonValue.Create("x") : Plausible(field.Items))]), true);
                yield return ("with a null item", () => new JsonArray((JsonNode?)null), false);
                break;
        }

        yield return ("null", () => null, false);
    }

    private static IEnumerable<(string Name, string Value, bool Refused)> BadQueryValues()
    {
        yield return ("with a NUL", "bad\u0000text", true);
        yield return ($"of {LongText} characters", new string('x', LongText), false);
        yield return ("negative", "-1", false);
        yield return ("beyond 64 bits", "99999999999999999999", false);
        yield return ("not a number or id", "abc", false);
        yield return ("empty", "", false);
    }

    private static JsonValue WrongType(string kind) => kind switch
    {
        "string" => JsonValue.Create(42),
        "guid" => JsonValue.Create("not-an-id"),
        "datetime" => JsonValue.Create("yesterday"),
        "integer" => JsonValue.Create("many"),
        "number" => JsonValue.Create("lots"),
        "boolean" => JsonValue.Create("maybe"),
        "list" => JsonValue.Create("not a list"),
        _ => JsonValue.Create("not an object"),
    };

    public static JsonNode? Plausible(FuzzField field) => field.Kind switch
    {
        "string" => JsonValue.Create("Fuzz value"),
        "guid" => JsonValue.Create(Guid.NewGuid()),
        "datetime" => JsonValue.Create(DateTimeOffset.UtcNow.AddDays(1)),
        "integer" => JsonValue.Create(1),
        "number" => JsonValue.Create(1.5),
        "boolean" => JsonValue.Create(false),
        "list" => field.Items is null ? new JsonArray() : new JsonArray(Plausible(field.Items)),
        _ => new JsonObject((field.Properties ?? []).Select(p => KeyValuePair.Create(p.Name, Plausible(p)))),
    };

    private static string PlausibleText(string kind) => kind switch
    {
        "guid" => Guid.NewGuid().ToString(),
        "integer" or "number" => "1",
        "boolean" => "false",
        "datetime" => DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture),
        _ => "fuzz",
    };

    private static void Set(JsonNode? document, object[] path, JsonNode? value)
    {
        var parent = document;
        foreach (var step in path[..^1])
        {
            parent = step is int index ? parent?.AsArray()[index] : parent?[(string)step];
        }

        switch (path[^1])
        {
            case int index when parent is JsonArray array && array.Count > index:
                array[index] = value;
                break;
            case string name when parent is JsonObject container:
                container[name] = value;
                break;
        }
    }

    private static string Fill(string route, IReadOnlyList<FuzzField> parameters, Func<string, string?> value) =>
        RouteParameter().Replace(route, match =>
        {
            var name = match.Groups["name"].Value;
            var kind = parameters.FirstOrDefault(p => p.Name == name)?.Kind ?? "string";
            return Uri.EscapeDataString(value(name) ?? (kind == "guid" ? Guid.NewGuid().ToString() : "fuzz"));
        });

    private static string QueryString(Dictionary<string, string> query) =>
        string.Join('&', query.Select(q => $"{Uri.EscapeDataString(q.Key)}={Uri.EscapeDataString(q.Value)}"));

    private static StringContent JsonBody(JsonNode? document) => Raw(document?.ToJsonString() ?? "null", Json);

    private static StringContent Raw(string text, string mediaType) => new(text, Encoding.UTF8, mediaType);

    [GeneratedRegex(@"\{\*{0,2}(?<name>[^}:=?]+)[^}]*\}")]
    private static partial Regex RouteParameter();
}
