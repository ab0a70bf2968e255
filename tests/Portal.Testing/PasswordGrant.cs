using System.Net;
using System.Text.Json;
using Xunit;

namespace Portal.Testing;

/// <summary>
/// Signs in as scripts do: the password grant of the first-party <c>portal-cli</c> client at
/// <c>/connect/token</c> (on in Development and tests), through the gateway. The gateway rate-limits
/// that endpoint; a 429 waits as long as it says and asks again.
/// </summary>
public static class PasswordGrant
{
    public const string Scope = "openid profile email offline_access portal";

    /// <summary>The access token, or null when identity refuses the credentials (400).</summary>
    public static async Task<string?> TryAccessTokenAsync(HttpClient gateway, string username, string password)
    {
        for (var attempt = 0; ; attempt++)
        {
            using var response = await gateway.PostAsync("/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["grant_type"] = "password",
                ["client_id"] = "portal-cli",
                ["username"] = username,
                ["password"] = password,
                ["scope"] = Scope,
            }));
            if (response.StatusCode == HttpStatusCode.TooManyRequests && attempt < 10)
            {
                await Task.Delay(response.Headers.RetryAfter?.Delta ?? TimeSpan.FromSeconds(5));
                continue;
            }

            if (response.StatusCode == HttpStatusCode.BadRequest)
            {
                return null;
            }

            var body = await response.Content.ReadAsStringAsync();
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"Sign-in of {username} failed: {(int)response.StatusCode} {body}");
            return JsonDocument.Parse(body).RootElement.GetProperty("access_token").GetString()!;
        }
    }

    public static async Task<string> AccessTokenAsync(HttpClient gateway, string username, string password) =>
        await TryAccessTokenAsync(gateway, username, password)
        ?? throw new InvalidOperationException($"Identity refused the sign-in of {username}.");
}
