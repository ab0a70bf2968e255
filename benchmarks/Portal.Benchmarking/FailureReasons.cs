using System.Net.Http.Headers;
using System.Text.Json;

namespace Portal.Benchmarking;

/// <summary>
/// Why a request failed, in words short enough to count alike: the status and the problem's title or the
/// OAuth error, never the varying detail (a 429's "try again in 7 s"), so that 80,000 refusals are one line.
/// </summary>
public static class FailureReasons
{
    private const int MaxLength = 200;

    /// <summary>Null when <paramref name="response"/> has the <paramref name="expected"/> status, else the reason it does not.</summary>
    public static async Task<string?> UnlessAsync(HttpResponseMessage response, System.Net.HttpStatusCode expected = System.Net.HttpStatusCode.OK)
    {
        ArgumentNullException.ThrowIfNull(response);
        return response.StatusCode == expected ? null : await OfAsync(response);
    }

    public static async Task<string> OfAsync(HttpResponseMessage response)
    {
        ArgumentNullException.ThrowIfNull(response);
        var status = $"{(int)response.StatusCode} {response.ReasonPhrase}";
        var said = IsJson(response.Content.Headers.ContentType) ? Summary(await response.Content.ReadAsStringAsync()) : null;
        return Shorten(said is null ? status : $"{status}: {said}");
    }

    public static string Of(Exception exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        return Shorten(exception is TaskCanceledException ? "no answer within the client's timeout" : $"{exception.GetType().Name}: {exception.Message}");
    }

    private static bool IsJson(MediaTypeHeaderValue? type) =>
        type?.MediaType is { } media && media.EndsWith("json", StringComparison.OrdinalIgnoreCase);

    private static string? Summary(string body)
    {
        try
        {
            using var json = JsonDocument.Parse(body);
            var root = json.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return null;
            }

            // RFC 9457 problem details, else an OAuth 2.0 error answer (RFC 6749 5.2).
            if (Text(root, "title") is { } title)
            {
                return $"\"{title}\"" + (Text(root, "code") is { } code ? $" ({code})" : "");
            }

            return Text(root, "error") is { } error ? error + (Text(root, "error_description") is { } description ? $" \"{description}\"" : "") : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string? Text(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static string Shorten(string text) => text.Length <= MaxLength ? text : text[..MaxLength] + "…";
}
