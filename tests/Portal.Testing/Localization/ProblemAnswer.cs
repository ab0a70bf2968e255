using System.Net;
using System.Text.Json;
using Xunit;

namespace Portal.Testing.Localization;

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

    /// <summary>
    /// The same request answered in German and in English: the same status, code, field codes and fields, each
    /// answer naming its language, and the words not the same.
    /// </summary>
    public static void AssertAlike(ProblemAnswer german, ProblemAnswer english, HttpStatusCode status)
    {
        Assert.Equal(status, german.Status);
        Assert.Equal(status, english.Status);
        Assert.Equal(english.Code, german.Code);
        Assert.Equal(english.ErrorCodes, german.ErrorCodes);
        Assert.Equal(english.Errors.Keys.Order(), german.Errors.Keys.Order());
        Assert.Equal("de", german.Language);
        Assert.Equal("en", english.Language);
        Assert.NotEqual(english.Title, german.Title);
    }

    private static Dictionary<string, string[]> Map(JsonElement json, string member) =>
        json.TryGetProperty(member, out var map) ? map.Deserialize<Dictionary<string, string[]>>()! : [];
}
