using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Portal.Web.Contract.Tests;

/// <summary>
/// Compares what the web app's clients send and read with the services' documents, and says each
/// difference in words that name the client method, the operation, the field and the schema to open.
/// </summary>
internal sealed partial class ContractChecker(OpenApiDocuments documents)
{
    public ContractReport Check(IEnumerable<ClientCall> calls)
    {
        var mismatches = new List<string>();
        var methods = 0;
        var requests = 0;
        foreach (var call in calls)
        {
            methods++;
            if (call.Requests.Count == 0)
            {
                var why = call.Failures.Count == 0 ? "" : ": " + string.Join("; ", call.Failures);
                mismatches.Add($"{call.Name}: sent no request, so nothing of it could be checked{why}");
                continue;
            }

            foreach (var request in call.Requests)
            {
                requests++;
                CheckRequest(call, request, mismatches.Add);
            }
        }

        return new ContractReport(methods, requests, mismatches.Distinct(StringComparer.Ordinal).ToList());
    }

    private void CheckRequest(ClientCall call, RecordedRequest request, Action<string> report)
    {
        var match = documents.Find(request.Method, request.Path);
        if (match.Operation is not { } operation)
        {
            var shown = $"{request.Method} {GuidSegment().Replace(request.Path, "/{guid}")}";
            report(match.DocumentedMethods is null
                ? $"{call.Name}: {shown} is not in the documents"
                : $"{call.Name}: {shown} is documented only for {string.Join(", ", match.DocumentedMethods)}");
            return;
        }

        var prefix = $"{call.Name}: {operation.Title} -> ";
        if (operation.RequiresSignIn && !request.SignedIn)
        {
            report(prefix + "is sent without an access token, but the document requires one");
        }

        CheckQuery(operation, request, message => report(prefix + message));
        CheckBody(operation, request, message => report(prefix + message));
        CheckResponse(operation, request, message => report(prefix + message));
    }

    /// <summary>
    /// Names compare without case, as ASP.NET Core binds the query (the documents write them camelCase).
    /// </summary>
    private static void CheckQuery(DocumentedOperation operation, RecordedRequest request, Action<string> report)
    {
        var documented = operation.QueryParameters;
        foreach (var name in request.QueryNames.Where(n => !documented.Contains(n, StringComparer.OrdinalIgnoreCase)))
        {
            report(documented.Count == 0
                ? $"query parameter {name} is not documented (the operation documents none)"
                : $"query parameter {name} is not documented (documented: {string.Join(", ", documented)})");
        }
    }

    private static void CheckBody(DocumentedOperation operation, RecordedRequest request, Action<string> report)
    {
        if (request.FormFields is { } fields)
        {
            CheckForm(operation, fields, report);
            return;
        }

        if (request.Body is null)
        {
            if (operation.RequiresRequestBody)
            {
                report("sends no body, but the document requires one");
            }

            return;
        }

        if (operation.RequestBodySchema is not { } schema)
        {
            report(operation.HasRequestBody ? "sends a JSON body, but the documented body is not JSON" : "sends a JSON body, but the document takes none");
            return;
        }

        RequestBodyCheck.Value(request.Body, schema, "", report);
    }

    /// <summary>A file upload: every field sent must be one the documented <c>multipart/form-data</c> body names.</summary>
    private static void CheckForm(DocumentedOperation operation, IReadOnlyList<string> fields, Action<string> report)
    {
        if (operation.FormSchema is not { } schema)
        {
            report(operation.HasRequestBody ? "sends a form (multipart/form-data), but the documented body is no form" : "sends a form (multipart/form-data), but the document takes no body");
            return;
        }

        var documented = schema.Properties;
        foreach (var field in fields.Where(f => documented.Count > 0 && !documented.ContainsKey(f)))
        {
            report($"form field {field} is not in the documented form (documented: {string.Join(", ", documented.Keys)})");
        }
    }

    private static void CheckResponse(DocumentedOperation operation, RecordedRequest request, Action<string> report)
    {
        // A method that only looks at the status reads a JsonElement, which takes any answer.
        if (request.ReadsAs is not { } reads || ClrJsonShape.KindOf(reads) == ClrJsonShape.Any)
        {
            return;
        }

        var responses = operation.SuccessResponses;
        if (responses.FirstOrDefault(r => r.Schema is not null).Schema is { } schema)
        {
            ResponseTypeCheck.Type(reads, schema, ClrJsonShape.Describe(reads), [], report);
            return;
        }

        // Text read as such (an SVG) or a file handed on (a CSV): there is no JSON to compare, the route is what can be checked.
        if (reads == typeof(string) || reads == typeof(Portal.Web.Api.DownloadedFile))
        {
            return;
        }

        report(responses.Count == 0
            ? $"reads {ClrJsonShape.Describe(reads)}, but the document gives no success answer"
            : $"reads {ClrJsonShape.Describe(reads)}, but the documented answer ({string.Join(", ", responses.Select(r => r.Status))}) has no JSON body");
    }

    [GeneratedRegex("/[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}(?=/|$)")]
    private static partial Regex GuidSegment();
}

internal sealed record ContractReport(int Methods, int Requests, IReadOnlyList<string> Mismatches);

/// <summary>Every property of a sent JSON body must be one the operation's request body documents.</summary>
internal static class RequestBodyCheck
{
    public static void Value(JsonNode? value, OpenApiSchema schema, string where, Action<string> report)
    {
        // Nullability is left to a later version: a null sent where the document does not say "null"
        // is what the services' own validation answers, and the documents do not say it consistently yet.
        if (value is null || schema.IsAny)
        {
            return;
        }

        var kind = KindOf(value);
        var kinds = schema.Kinds;
        if (kinds.Count > 0 && !kinds.Contains(kind) && !(kind == "integer" && kinds.Contains("number")))
        {
            report($"body {(where.Length == 0 ? "" : where + " ")}is sent as {kind}, but the document says {string.Join(" or ", kinds)} ({schema.Name})");
            return;
        }

        if (value is JsonArray array)
        {
            foreach (var item in array)
            {
                Value(item, schema.Items, where + "[]", report);
            }
        }
        else if (value is JsonObject obj)
        {
            var properties = schema.Properties;
            var additional = schema.AdditionalProperties;
            foreach (var (name, child) in obj)
            {
                var path = where.Length == 0 ? name : $"{where}.{name}";
                if (properties.TryGetValue(name, out var property))
                {
                    Value(child, property, path, report);
                }
                else if (additional is not null)
                {
                    Value(child, additional, path, report);
                }
                // A bare object schema names no property, so there is nothing to hold the name against.
                else if (properties.Count > 0)
                {
                    report($"body property {path} is not in the documented request body ({schema.Name})");
                }
            }
        }
    }

    private static string KindOf(JsonNode value) =>
        value.GetValueKind() switch
        {
            JsonValueKind.Object => "object",
            JsonValueKind.Array => "array",
            JsonValueKind.String => "string",
            JsonValueKind.True or JsonValueKind.False => "boolean",
            JsonValueKind.Number => value.GetValue<decimal>() % 1 == 0 ? "integer" : "number",
            _ => "null",
        };
}

/// <summary>Every property of the type a client reads must be one the documented answer has, of a kind it can read.</summary>
internal static class ResponseTypeCheck
{
    public static void Type(Type type, OpenApiSchema schema, string where, HashSet<(Type, string)> seen, Action<string> report)
    {
        var kind = ClrJsonShape.KindOf(type);
        if (schema.IsAny || kind == ClrJsonShape.Any || !seen.Add((type, schema.Name)))
        {
            return;
        }

        var kinds = schema.WrittenKinds;
        if (kinds.Count > 0 && !kinds.Contains(kind) && !(kind == "number" && kinds.Contains("integer")))
        {
            report($"{where} is read as {kind} ({ClrJsonShape.Describe(type)}), but the document says {string.Join(" or ", kinds)} ({schema.Name})");
            return;
        }

        // Nullability, first version: only the clear-cut case fails. A null in a non-nullable value type
        // (Guid, int, bool, DateTimeOffset) makes System.Text.Json throw, so the whole answer is lost.
        // A non-nullable string or record given null reads fine (as null) and is a page's concern;
        // "required" only says the property is present, not that it is not null, so it does not count.
        if (ClrJsonShape.RejectsNull(type) && schema.AllowsNull)
        {
            report($"{where} cannot be null in C# ({ClrJsonShape.Describe(type)}), but the document allows null ({schema.Name})");
        }

        var underlying = Nullable.GetUnderlyingType(type) ?? type;
        if (kind == "array")
        {
            Type(SampleValues.ElementType(underlying)!, schema.Items, where + "[]", seen, report);
        }
        else if (kind == "object" && SampleValues.DictionaryTypes(underlying) is var (_, value))
        {
            if (schema.AdditionalProperties is { } values)
            {
                Type(value, values, where + "[*]", seen, report);
            }
        }
        else if (kind == "object")
        {
            Object(underlying, schema, seen, report);
        }
    }

    private static void Object(Type type, OpenApiSchema schema, HashSet<(Type, string)> seen, Action<string> report)
    {
        var documented = schema.Properties;
        var additional = schema.AdditionalProperties;
        // An object schema that names no property documents nothing to compare against.
        if (documented.Count == 0 && additional is null)
        {
            return;
        }

        foreach (var (name, property) in ClrJsonShape.Properties(type))
        {
            var where = $"{ClrJsonShape.Describe(type)}.{name}";
            if (documented.TryGetValue(name, out var propertySchema) || (propertySchema = additional) is not null)
            {
                Type(property.PropertyType, propertySchema, where, seen, report);
            }
            else
            {
                report($"{where} is not in the documented response ({schema.Name})");
            }
        }
    }
}
