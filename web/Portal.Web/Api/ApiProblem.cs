using System.Text.Json;

namespace Portal.Web.Api;

/// <summary>An API's problem details, with the per-field errors of a validation problem.</summary>
public sealed record ApiProblem(int Status, string Title, string? Detail, IReadOnlyDictionary<string, string[]> Errors)
{
    public static readonly IReadOnlyDictionary<string, string[]> NoErrors = new Dictionary<string, string[]>();

    /// <summary>The message to show next to a field (camelCase, as the API names it), or null.</summary>
    public string? For(string field) =>
        Errors.FirstOrDefault(e => string.Equals(e.Key, field, StringComparison.OrdinalIgnoreCase)).Value is { Length: > 0 } messages
            ? string.Join(" ", messages)
            : null;

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
            var errors = new Dictionary<string, string[]>(StringComparer.OrdinalIgnoreCase);
            if (root.TryGetProperty("errors", out var fields) && fields.ValueKind == JsonValueKind.Object)
            {
                foreach (var field in fields.EnumerateObject())
                {
                    errors[field.Name] = field.Value.ValueKind == JsonValueKind.Array
                        ? [.. field.Value.EnumerateArray().Select(m => m.ToString())]
                        : [field.Value.ToString()];
                }
            }

            var extensions = root.EnumerateObject()
                .Where(p => p.Value.ValueKind == JsonValueKind.String && p.Name is not ("type" or "title" or "detail" or "instance"))
                .ToDictionary(p => p.Name, p => p.Value.GetString()!, StringComparer.OrdinalIgnoreCase);

            return new ApiProblem(
                status,
                root.TryGetProperty("title", out var title) ? title.GetString() ?? reason ?? "Error" : reason ?? "Error",
                root.TryGetProperty("detail", out var detail) ? detail.GetString() : null,
                errors)
            {
                Extensions = extensions,
            };
        }
        catch (JsonException)
        {
            return new ApiProblem(status, reason ?? "Error", null, NoErrors);
        }
    }
}
