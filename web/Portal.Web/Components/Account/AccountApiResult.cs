using System.Net;
using System.Text.Json;

namespace Portal.Web.Components.Account;

/// <summary>What identity answered, reduced to what a page shows: success, or a problem with per-field errors.</summary>
public sealed record AccountApiResult(HttpStatusCode? Status, string? Title, string? Detail, IReadOnlyDictionary<string, string[]> Errors)
{
    private static readonly IReadOnlyDictionary<string, string[]> NoErrors = new Dictionary<string, string[]>();

    public static readonly AccountApiResult Success = new(HttpStatusCode.OK, null, null, NoErrors);

    /// <summary>No answer at all (identity down or too slow).</summary>
    public static readonly AccountApiResult Unreachable = new(null, null, null, NoErrors);

    public bool Succeeded => Status is { } status && (int)status is >= 200 and < 300;

    public bool IsUnreachable => Status is null;

    /// <summary>The messages for one request field (<c>password</c>, <c>token</c>, ...), if any.</summary>
    public string[] ErrorsFor(string field) => Errors.TryGetValue(field, out var messages) ? messages : [];

    public static async Task<AccountApiResult> FromProblemAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.OrdinalIgnoreCase);
        string? title = null;
        string? detail = null;
        try
        {
            using var document = await JsonDocument.ParseAsync(await response.Content.ReadAsStreamAsync(cancellationToken), cancellationToken: cancellationToken);
            var root = document.RootElement;
            if (root.ValueKind == JsonValueKind.Object)
            {
                title = Text(root, "title");
                detail = Text(root, "detail");
                if (root.TryGetProperty("errors", out var fields) && fields.ValueKind == JsonValueKind.Object)
                {
                    foreach (var field in fields.EnumerateObject())
                    {
                        errors[field.Name] = field.Value.ValueKind == JsonValueKind.Array
                            ? [.. field.Value.EnumerateArray().Where(m => m.ValueKind == JsonValueKind.String).Select(m => m.GetString()!)]
                            : [];
                    }
                }
            }
        }
        catch (JsonException)
        {
            // Not problem details (a proxy's error page, say): the status alone has to do.
        }

        return new AccountApiResult(response.StatusCode, title, detail, errors);
    }

    private static string? Text(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
