using System.Text.Json;

namespace Portal.Web.Api;

/// <summary>
/// An API's problem details: its stable <see cref="Code"/>, its words (already in the language the request
/// asked for, see <see cref="ApiLanguage"/>), and per field the messages and their stable codes.
/// </summary>
public sealed record ApiProblem(int Status, string Title, string? Detail, IReadOnlyDictionary<string, string[]> Errors)
{
    public static readonly IReadOnlyDictionary<string, string[]> NoErrors = new Dictionary<string, string[]>();

    /// <summary>The problem's stable code (<c>validation_failed</c>, <c>not_found</c>, ...); null when the answer had none.</summary>
    public string? Code { get; init; }

    /// <summary>Per field (camelCase, as the API names it), the stable codes of its messages.</summary>
    public IReadOnlyDictionary<string, string[]> ErrorCodes { get; init; } = NoErrors;

    /// <summary>The message to show next to a field (camelCase, as the API names it), or null.</summary>
    public string? For(string field) =>
        Errors.FirstOrDefault(e => string.Equals(e.Key, field, StringComparison.OrdinalIgnoreCase)).Value is { Length: > 0 } messages
            ? string.Join(" ", messages)
            : null;

    /// <summary>The codes of a field's messages; empty when the field has none.</summary>
    public IReadOnlyList<string> CodesFor(string field) =>
        ErrorCodes.FirstOrDefault(e => string.Equals(e.Key, field, StringComparison.OrdinalIgnoreCase)).Value ?? [];

    public static readonly IReadOnlyDictionary<string, string> NoExtensions = new Dictionary<string, string>();

    /// <summary>Further text members of the problem a form can offer the user, e.g. a free <c>suggestedSlug</c>.</summary>
    public IReadOnlyDictionary<string, string> Extensions { get; init; } = NoExtensions;

    /// <summary>What to say when no field is named: the detail, else the title.</summary>
    public string Message => string.IsNullOrWhiteSpace(Detail) ? Title : Detail;

    public static ApiProblem Parse(int status, string? reason, string body)
    {
        try
        {
            using var json = JsonDocument.Parse(body);
            var root = json.RootElement;
            var extensions = root.EnumerateObject()
                .Where(p => p.Value.ValueKind == JsonValueKind.String && p.Name is not ("type" or "title" or "detail" or "instance" or "code"))
                .ToDictionary(p => p.Name, p => p.Value.GetString()!, StringComparer.OrdinalIgnoreCase);

            return new ApiProblem(
                status,
                root.TryGetProperty("title", out var title) ? title.GetString() ?? reason ?? "Error" : reason ?? "Error",
                root.TryGetProperty("detail", out var detail) ? detail.GetString() : null,
                FieldLists(root, "errors"))
            {
                Code = root.TryGetProperty("code", out var code) && code.ValueKind == JsonValueKind.String ? code.GetString() : null,
                ErrorCodes = FieldLists(root, "errorCodes"),
                Extensions = extensions,
            };
        }
        catch (JsonException)
        {
            return new ApiProblem(status, reason ?? "Error", null, NoErrors);
        }
    }

    /// <summary>An object of field → list of strings (<c>errors</c>, <c>errorCodes</c>); a single value counts as a list of one.</summary>
    private static Dictionary<string, string[]> FieldLists(JsonElement root, string member)
    {
        var lists = new Dictionary<string, string[]>(StringComparer.OrdinalIgnoreCase);
        if (root.ValueKind == JsonValueKind.Object && root.TryGetProperty(member, out var fields) && fields.ValueKind == JsonValueKind.Object)
        {
            foreach (var field in fields.EnumerateObject())
            {
                lists[field.Name] = field.Value.ValueKind == JsonValueKind.Array
                    ? [.. field.Value.EnumerateArray().Select(m => m.ToString())]
                    : [field.Value.ToString()];
            }
        }

        return lists;
    }
}
