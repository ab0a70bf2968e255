using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace Portal.Stack.Tests.Journeys;

/// <summary>
/// A real sign-in through the gateway (<see cref="PasswordGrant"/>) and calls made with its access token.
/// </summary>
public sealed class PortalSession(HttpClient gateway, string accessToken)
{
    /// <summary>Identity's own access token; every service validates it against identity's signing keys.</summary>
    public string AccessToken { get; } = accessToken;

    public static async Task<PortalSession> SignInAsync(HttpClient gateway, string username, string password) =>
        new(gateway, await PasswordGrant.AccessTokenAsync(gateway, username, password));

    public async Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, object? body = null)
    {
        using var request = new HttpRequestMessage(method, path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", AccessToken);
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
}
