using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace Identity.Api.Tests.Infrastructure;

/// <summary>What <c>/connect/token</c> answered: the status and the JSON body (tokens or error).</summary>
public sealed record TokenResult(HttpStatusCode Status, JsonElement Body)
{
    public string AccessToken => Body.GetProperty("access_token").GetString()!;
    public string RefreshToken => Body.GetProperty("refresh_token").GetString()!;
    public string? Error => Body.TryGetProperty("error", out var error) ? error.GetString() : null;

    /// <summary>The access token's claims, read without validation (the services validate it).</summary>
    public JsonElement Claims => Tokens.Payload(AccessToken);

    /// <summary>The ID token's claims, read without validation (the integrator tests validate it).</summary>
    public JsonElement IdTokenClaims => Tokens.Payload(Body.GetProperty("id_token").GetString()!);

    /// <summary>How the ID token says the person signed in (<c>amr</c>).</summary>
    public string[] AuthenticationMethods => [.. IdTokenClaims.GetProperty("amr").EnumerateArray().Select(method => method.GetString()!)];
}

public static class Tokens
{
    public const string Scope = "openid profile email offline_access portal";

    public static Task<TokenResult> PasswordAsync(this HttpClient identity, string username, string password) =>
        identity.TokenAsync(new Dictionary<string, string>
        {
            ["grant_type"] = "password",
            ["client_id"] = "portal-cli",
            ["username"] = username,
            ["password"] = password,
            ["scope"] = Scope,
        });

    public static Task<TokenResult> RefreshAsync(this HttpClient identity, string refreshToken) =>
        identity.TokenAsync(new Dictionary<string, string>
        {
            ["grant_type"] = "refresh_token",
            ["client_id"] = "portal-cli",
            ["refresh_token"] = refreshToken,
        });

    public static async Task<TokenResult> TokenAsync(this HttpClient identity, Dictionary<string, string> form)
    {
        using var content = new FormUrlEncodedContent(form);
        using var response = await identity.PostAsync(new Uri("/connect/token", UriKind.Relative), content);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        return new TokenResult(response.StatusCode, body);
    }

    /// <summary>Signs in with the password grant and fails the test unless it works.</summary>
    public static async Task<string> SignInAsync(this HttpClient identity, string username, string password)
    {
        var result = await identity.PasswordAsync(username, password);
        Assert.True(result.Status == HttpStatusCode.OK, $"Sign-in of {username} failed: {result.Body}");
        return result.AccessToken;
    }

    public static HttpRequestMessage WithBearer(this HttpRequestMessage request, string accessToken)
    {
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
        return request;
    }

    public static JsonElement Header(string jwt) => Decode(jwt.Split('.')[0]);

    public static JsonElement Payload(string jwt) => Decode(jwt.Split('.')[1]);

    private static JsonElement Decode(string part)
    {
        var payload = part.Replace('-', '+').Replace('_', '/');
        payload = payload.PadRight(payload.Length + ((4 - (payload.Length % 4)) % 4), '=');
        return JsonDocument.Parse(Encoding.UTF8.GetString(Convert.FromBase64String(payload))).RootElement.Clone();
    }
}
