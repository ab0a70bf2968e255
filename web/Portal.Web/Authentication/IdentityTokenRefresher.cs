using System.Text.Json;

namespace Portal.Web.Authentication;

/// <summary>Redeems a session's refresh token at identity for a new access token (and, rotated, a new refresh token).</summary>
public sealed class IdentityTokenRefresher(IHttpClientFactory httpClients, PortalAddresses addresses, TimeProvider clock, ILogger<IdentityTokenRefresher> logger)
{
    /// <summary>The new tokens, or null when identity refuses (deactivated, refresh token expired or used): the session is over.</summary>
    public async Task<UserTokens?> RefreshAsync(UserTokens current, CancellationToken cancellationToken)
    {
        if (current.RefreshToken is null)
        {
            return null;
        }

        var http = httpClients.CreateClient(TokenStore.HttpClientName);
        using var response = await http.PostAsync(addresses.Identity("connect/token"), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "refresh_token",
            ["client_id"] = PortalAuthentication.ClientId,
            ["refresh_token"] = current.RefreshToken,
        }), cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            logger.LogInformation("Refreshing the access token failed with {Status}; the session ends.", (int)response.StatusCode);
            return null;
        }

        using var json = await JsonDocument.ParseAsync(await response.Content.ReadAsStreamAsync(cancellationToken), cancellationToken: cancellationToken);
        var root = json.RootElement;
        return new UserTokens(
            root.GetProperty("access_token").GetString()!,
            root.TryGetProperty("refresh_token", out var refresh) ? refresh.GetString() : current.RefreshToken,
            current.IdToken,
            clock.GetUtcNow().AddSeconds(root.TryGetProperty("expires_in", out var expires) ? expires.GetInt32() : 300));
    }
}
