using System.Net;
using System.Text.Json;

namespace Assets.Api.Tests;

/// <summary>The parts of a problem answer that carry its code and its words.</summary>
public sealed record ProblemAnswer(
    HttpStatusCode Status, string? Language, string Code, string? Title, string? Detail,
    Dictionary<string, string[]> Errors, Dictionary<string, string[]> ErrorCodes)
{
    public static async Task<ProblemAnswer> ReadAsync(HttpResponseMessage response)
    {
        var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        return new ProblemAnswer(
            response.StatusCode,
            response.Content.Headers.ContentLanguage.SingleOrDefault(),
            json.GetProperty("code").GetString()!,
            json.TryGetProperty("title", out var title) ? title.GetString() : null,
            json.TryGetProperty("detail", out var detail) ? detail.GetString() : null,
            Map(json, "errors"),
            Map(json, "errorCodes"));
    }

    private static Dictionary<string, string[]> Map(JsonElement json, string member) =>
        json.TryGetProperty(member, out var map) ? map.Deserialize<Dictionary<string, string[]>>()! : [];
}
