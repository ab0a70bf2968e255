using System.Net;
using System.Text.Json;

namespace Portal.Web.Components.Account;

/// <summary>
/// What identity answered, reduced to what a page shows: success (with the account name to sign in
/// with, where identity tells it), or a problem with its code and per-field errors and their codes.
/// </summary>
public sealed record AccountApiResult(HttpStatusCode? Status, string? Title, string? Detail, IReadOnlyDictionary<string, string[]> Errors)
{
    private static readonly IReadOnlyDictionary<string, string[]> NoErrors = new Dictionary<string, string[]>();

    /// <summary>The problem's stable code (<c>link_used</c>, ...), null for a success or an answer without one.</summary>
    public string? Code { get; init; }

    /// <summary>Per field, the stable codes of its messages.</summary>
    public IReadOnlyDictionary<string, string[]> ErrorCodes { get; init; } = NoErrors;

    /// <summary>The account name a successful accept or reset answered with: the sign-in that follows prefills it.</summary>
    public string? AccountName { get; init; }

    public static readonly AccountApiResult Success = new(HttpStatusCode.OK, null, null, NoErrors);

    /// <summary>No answer at all (identity down or too slow).</summary>
    public static readonly AccountApiResult Unreachable = new(null, null, null, NoErrors);

    public bool Succeeded => Status is { } status && (int)status is >= 200 and < 300;

    public bool IsUnreachable => Status is null;

    /// <summary>The messages for one request field (<c>password</c>, <c>token</c>, ...), if any.</summary>
    public string[] ErrorsFor(string field) => Errors.TryGetValue(field, out var messages) ? messages : [];

    /// <summary>The codes of one request field's messages, if any.</summary>
    public string[] CodesFor(string field) => ErrorCodes.TryGetValue(field, out var codes) ? codes : [];

    /// <summary>A success; its body's <c>accountName</c> is kept for the sign-in that follows.</summary>
    public static async Task<AccountApiResult> FromSuccessAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        string? accountName = null;
        if (response.Content.Headers.ContentType?.MediaType?.EndsWith("json", StringComparison.OrdinalIgnoreCase) == true)
        {
            try
            {
                using var document = await JsonDocument.ParseAsync(await response.Content.ReadAsStreamAsync(cancellationToken), cancellationToken: cancellationToken);
                accountName = document.RootElement.ValueKind == JsonValueKind.Object ? Text(document.RootElement, "accountName") : null;
            }
            catch (JsonException)
            {
                // The success stands; only the prefilled name is missing.
            }
        }

        return Success with { Status = response.StatusCode, AccountName = accountName };
    }

    public static async Task<AccountApiResult> FromProblemAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.OrdinalIgnoreCase);
        var codes = new Dictionary<string, string[]>(StringComparer.OrdinalIgnoreCase);
        string? title = null;
        string? detail = null;
        string? code = null;
        try
        {
            using var document = await JsonDocument.ParseAsync(await response.Content.ReadAsStreamAsync(cancellationToken), cancellationToken: cancellationToken);
            var root = document.RootElement;
            if (root.ValueKind == JsonValueKind.Object)
            {
                title = Text(root, "title");
                detail = Text(root, "detail");
                code = Text(root, "code");
                ReadFieldLists(root, "errors", errors);
                ReadFieldLists(root, "errorCodes", codes);
            }
        }
        catch (JsonException)
        {
            // Not problem details (a proxy's error page, say): the status alone has to do.
        }

        return new AccountApiResult(response.StatusCode, title, detail, errors) { Code = code, ErrorCodes = codes };
    }

    private static void ReadFieldLists(JsonElement root, string member, Dictionary<string, string[]> into)
    {
        if (root.TryGetProperty(member, out var fields) && fields.ValueKind == JsonValueKind.Object)
        {
            foreach (var field in fields.EnumerateObject())
            {
                into[field.Name] = field.Value.ValueKind == JsonValueKind.Array
                    ? [.. field.Value.EnumerateArray().Where(m => m.ValueKind == JsonValueKind.String).Select(m => m.GetString()!)]
                    : [];
            }
        }
    }

    private static string? Text(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
