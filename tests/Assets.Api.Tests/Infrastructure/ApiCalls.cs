using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Assets.Api.Tests.Infrastructure;

/// <summary>Calls that assert the status a user would get, with the answer as JSON.</summary>
public static class ApiCalls
{
    public static async Task<JsonElement> ExpectAsync(this AssetsApp app, HttpStatusCode status, TestUser user, HttpMethod method, string path, object? body = null)
    {
        using var response = await app.SendAsync(user, method, path, body);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(status == response.StatusCode, $"{user} {method} {path}: expected {(int)status}, got {(int)response.StatusCode}: {text}");
        return text.Length == 0 || !(response.Content.Headers.ContentType?.MediaType?.Contains("json", StringComparison.Ordinal) ?? false)
            ? default
            : JsonDocument.Parse(text).RootElement.Clone();
    }

    public static Task<JsonElement> GetAsync(this AssetsApp app, TestUser user, string path) =>
        app.ExpectAsync(HttpStatusCode.OK, user, HttpMethod.Get, path);

    public static Task<JsonElement> CreateAsync(this AssetsApp app, TestUser user, string path, object body) =>
        app.ExpectAsync(HttpStatusCode.Created, user, HttpMethod.Post, path, body);

    public static Task<JsonElement> PatchAsync(this AssetsApp app, TestUser user, string path, object body) =>
        app.ExpectAsync(HttpStatusCode.OK, user, HttpMethod.Patch, path, body);

    /// <summary>The ids on one page of a list.</summary>
    public static async Task<List<Guid>> ListIdsAsync(this AssetsApp app, TestUser user, string path) =>
        (await app.GetAsync(user, path)).GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetGuid()).ToList();

    public static Guid Id(this JsonElement element) => element.GetProperty("id").GetGuid();

    public static string Text(this JsonElement element, string property) => element.GetProperty(property).GetString()!;

    /// <summary>The per-field errors of a 400 answer.</summary>
    public static async Task<Dictionary<string, string[]>> ValidationErrorsAsync(this AssetsApp app, TestUser user, HttpMethod method, string path, object? body = null)
    {
        var problem = await app.ExpectAsync(HttpStatusCode.BadRequest, user, method, path, body);
        return problem.GetProperty("errors").Deserialize<Dictionary<string, string[]>>()!;
    }

    public static JsonContent Json(object body) => JsonContent.Create(body);
}
