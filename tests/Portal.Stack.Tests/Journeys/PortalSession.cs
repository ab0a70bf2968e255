using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace Portal.Stack.Tests.Journeys;

/// <summary>
/// A real sign-in through the gateway (password grant of <c>portal-cli</c>) and calls made with its
/// access token. The gateway rate-limits <c>/connect/token</c>; a 429 waits as long as it says and asks again.
/// </summary>
/// <remarks>
/// The stack fixture gives every service <c>Identity__TestSigningKey</c>, and a service with a test key
/// accepts only tokens signed with it (ADR 3). So identity gets the real token, and the other services
/// the same claims (the signed-in user's id, organization, role, permissions) signed with the test key.
/// </remarks>
public sealed class PortalSession(HttpClient gateway, string accessToken, string issuer)
{
    public string AccessToken { get; } = accessToken;

    private string ServiceToken { get; } = Resign(accessToken, issuer);

    public static async Task<PortalSession> SignInAsync(HttpClient gateway, string issuer, string username, string password)
    {
        for (var attempt = 0; ; attempt++)
        {
            using var response = await gateway.PostAsync("/connect/token", new FormUrlEncodedContent(
            [
                new("grant_type", "password"),
                new("client_id", "portal-cli"),
                new("username", username),
                new("password", password),
                new("scope", "openid profile email offline_access portal"),
            ]));
            if (response.StatusCode == HttpStatusCode.TooManyRequests && attempt < 10)
            {
                await Task.Delay(response.Headers.RetryAfter?.Delta ?? TimeSpan.FromSeconds(5));
                continue;
            }

            var body = await response.Content.ReadAsStringAsync();
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"Sign-in of {username} failed: {(int)response.StatusCode} {body}");
            return new PortalSession(gateway, JsonDocument.Parse(body).RootElement.GetProperty("access_token").GetString()!, issuer);
        }
    }

    public async Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, object? body = null)
    {
        using var request = new HttpRequestMessage(method, path);
        var token = path.StartsWith("/api/identity/", StringComparison.Ordinal) ? AccessToken : ServiceToken;
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        if (body is not null)
        {
            request.Content = JsonContent.Create(body);
        }

        return await gateway.SendAsync(request);
    }

    /// <summary>
    /// Sends until the answer is <paramref name="expected"/>: right after a customer is created the
    /// other services learn of it through events, and answer 404/409 until they have.
    /// </summary>
    public async Task<JsonElement> SendUntilAsync(HttpMethod method, string path, object? body, HttpStatusCode expected)
    {
        var (status, json) = await Eventually.ReturnsAsync(
            async () =>
            {
                using var response = await SendAsync(method, path, body);
                return (response.StatusCode, await response.Content.ReadAsStringAsync());
            },
            answer => answer.StatusCode == expected,
            TimeSpan.FromSeconds(60),
            because: $"{method} {path} to answer {expected}");
        Assert.Equal(expected, status);
        return json.Length > 0 ? JsonDocument.Parse(json).RootElement.Clone() : default;
    }

    private static string Resign(string accessToken, string issuer)
    {
        var payload = accessToken.Split('.')[1].Replace('-', '+').Replace('_', '/');
        payload = payload.PadRight(payload.Length + ((4 - (payload.Length % 4)) % 4), '=');
        var claims = JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(Convert.FromBase64String(payload))!
            .Where(c => c.Key is not ("iss" or "aud" or "iat" or "nbf" or "exp"))
            .ToDictionary(c => c.Key, c => (object)c.Value);
        return TestJwt.Sign(TestTokens.SigningKey, issuer, claims);
    }
}
