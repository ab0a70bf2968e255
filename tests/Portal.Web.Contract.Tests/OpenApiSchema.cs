using System.Text.Json.Nodes;

namespace Portal.Web.Contract.Tests;

/// <summary>
/// One schema of an OpenAPI 3.1 document, read leniently: <c>allOf</c>, <c>oneOf</c> and <c>anyOf</c>
/// are taken together as a union, because the question asked of them is "could this name or this kind
/// be there", not "is this exact instance valid".
/// </summary>
internal sealed class OpenApiSchema
{
    private const int MaxReferenceHops = 32;

    private static readonly HashSet<string> NumericFormats = ["int32", "int64", "float", "double", "decimal"];

    private readonly JsonNode? _node;
    private readonly OpenApiDocument _document;
    private readonly string _fallbackName;
    private IReadOnlyList<OpenApiSchema>? _branches;

    private OpenApiSchema(JsonNode? node, OpenApiDocument document, string? referenceName, string fallbackName)
    {
        _node = node;
        _document = document;
        ReferenceName = referenceName;
        _fallbackName = fallbackName;
    }

    /// <summary>A schema that allows anything: where a document says nothing, nothing can be wrong.</summary>
    public static OpenApiSchema Any(OpenApiDocument document, string name) => new(JsonValue.Create(true), document, null, name);

    public static OpenApiSchema From(JsonNode? node, OpenApiDocument document, string fallbackName)
    {
        string? referenceName = null;
        for (var hops = 0; node is JsonObject obj && obj["$ref"] is JsonValue reference; hops++)
        {
            if (hops == MaxReferenceHops)
            {
                throw new InvalidOperationException($"{document.Service}: $ref loop at {reference}");
            }

            var pointer = reference.GetValue<string>();
            referenceName = pointer[(pointer.LastIndexOf('/') + 1)..];
            node = document.Resolve(pointer);
        }

        return new OpenApiSchema(node, document, referenceName, fallbackName);
    }

    /// <summary>The component's name where there is one, so that a message points at the schema to open.</summary>
    public string Name => ReferenceName ?? Branches.Select(b => b.ReferenceName).FirstOrDefault(n => n is not null) ?? _fallbackName;

    private string? ReferenceName { get; }

    private JsonObject? Object => _node as JsonObject;

    private IReadOnlyList<OpenApiSchema> Branches => _branches ??= ReadBranches();

    /// <summary>
    /// True for <c>{}</c>, <c>true</c> and a schema without any shape: such a schema documents no
    /// constraint (today the documents give string properties as <c>{}</c>), so it accepts anything.
    /// </summary>
    public bool IsAny
    {
        get
        {
            if (_node is JsonValue value && value.TryGetValue<bool>(out var allowed))
            {
                return allowed;
            }

            if (Object is not { } obj || HasOwnShape(obj))
            {
                return false;
            }

            return Branches.Count == 0 || Branches.Any(b => b.IsAny);
        }
    }

    /// <summary>The JSON kinds the schema allows (besides "null"), e.g. ["integer", "string"]; empty for any.</summary>
    public IReadOnlySet<string> Kinds
    {
        get
        {
            var kinds = new HashSet<string>(OwnTypes(), StringComparer.Ordinal);
            if (kinds.Count == 0 && Object is { } obj)
            {
                if (obj["properties"] is not null || obj["additionalProperties"] is not null)
                {
                    kinds.Add("object");
                }

                if (obj["items"] is not null)
                {
                    kinds.Add("array");
                }
            }

            foreach (var branch in Branches)
            {
                kinds.UnionWith(branch.Kinds);
            }

            kinds.Remove("null");
            return kinds;
        }
    }

    /// <summary>
    /// The kinds the service writes. The documents give a number as <c>["integer", "string"]</c> with a
    /// numeric <c>format</c>: System.Text.Json Web defaults read a number from a string as well, but
    /// always write a number, so a reader expecting a string there would fail.
    /// </summary>
    public IReadOnlySet<string> WrittenKinds
    {
        get
        {
            var kinds = new HashSet<string>(Kinds, StringComparer.Ordinal);
            if ((kinds.Contains("integer") || kinds.Contains("number")) && NumericFormats.Contains((string?)Object?["format"] ?? ""))
            {
                kinds.Remove("string");
            }

            return kinds;
        }
    }

    public bool AllowsNull => OwnTypes().Contains("null") || Branches.Any(b => b.AllowsNull);

    /// <summary>The documented properties of an object schema, its branches' included.</summary>
    public IReadOnlyDictionary<string, OpenApiSchema> Properties
    {
        get
        {
            var properties = new Dictionary<string, OpenApiSchema>(StringComparer.Ordinal);
            if (Object?["properties"] is JsonObject own)
            {
                foreach (var (name, schema) in own)
                {
                    properties[name] = From(schema, _document, $"{Name}.{name}");
                }
            }

            foreach (var branch in Branches)
            {
                foreach (var (name, schema) in branch.Properties)
                {
                    properties.TryAdd(name, schema);
                }
            }

            return properties;
        }
    }

    /// <summary>The schema of a dictionary's values; null when the object takes no other properties than its own.</summary>
    public OpenApiSchema? AdditionalProperties =>
        Object?["additionalProperties"] switch
        {
            JsonValue value when value.TryGetValue<bool>(out var allowed) => allowed ? Any(_document, Name + "[*]") : null,
            JsonNode schema => From(schema, _document, Name + "[*]"),
            null => Branches.Select(b => b.AdditionalProperties).FirstOrDefault(s => s is not null),
        };

    /// <summary>The schema of an array's items; an array without <c>items</c> holds anything.</summary>
    public OpenApiSchema Items => DocumentedItems ?? Any(_document, Name + "[]");

    private OpenApiSchema? DocumentedItems =>
        Object?["items"] is { } items
            ? From(items, _document, Name + "[]")
            : Branches.Select(b => b.DocumentedItems).FirstOrDefault(s => s is not null);

    private static bool HasOwnShape(JsonObject obj) =>
        obj["type"] is not null || obj["properties"] is not null || obj["additionalProperties"] is not null ||
        obj["items"] is not null || obj["enum"] is not null || obj["const"] is not null;

    private List<string> OwnTypes() =>
        Object?["type"] switch
        {
            JsonArray list => list.Select(t => t!.GetValue<string>()).ToList(),
            JsonValue single => [single.GetValue<string>()],
            _ => [],
        };

    private List<OpenApiSchema> ReadBranches()
    {
        var branches = new List<OpenApiSchema>();
        foreach (var keyword in new[] { "allOf", "oneOf", "anyOf" })
        {
            if (Object?[keyword] is JsonArray list)
            {
                branches.AddRange(list.Select(item => From(item, _document, _fallbackName)));
            }
        }

        return branches;
    }
}
