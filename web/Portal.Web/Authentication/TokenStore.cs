using System.Collections.Concurrent;
using System.Text.Json;

namespace Portal.Web.Authentication;

/// <summary>
/// Holds each session's tokens on the server and refreshes the access token shortly before it
/// expires. Identity rotates refresh tokens without grace (each works once), so the circuit and
/// the next page load must share one copy: a per-session lock makes sure only one refresh runs.
/// Sessions live in memory: after a restart of the web app, users sign in again. A session unused
/// for longer than the cookie lives is forgotten, so abandoned sessions do not pile up.
/// </summary>
public sealed class TokenStore(IHttpClientFactory httpClients, PortalAddresses addresses, TimeProvider clock, ILogger<TokenStore> logger)
{
    public const string HttpClientName = "identity-token";

    /// <summary>Refresh this long before expiry, so a token never expires between check and use.</summary>
    private static readonly TimeSpan RefreshMargin = TimeSpan.FromMinutes(1);

    /// <summary>As long as the session cookie lives without a request (its sliding expiration).</summary>
    public static readonly TimeSpan IdleLifetime = TimeSpan.FromHours(8);

    private readonly ConcurrentDictionary<string, Entry> _sessions = new(StringComparer.Ordinal);

    public void Save(string sessionId, UserTokens tokens)
    {
        var now = clock.GetUtcNow();
        foreach (var (id, _) in _sessions.Where(s => now - s.Value.LastUsed > IdleLifetime))
        {
            _sessions.TryRemove(id, out _);
        }

        _sessions[sessionId] = new Entry(tokens, now);
    }

    /// <summary>Whether the session is still known; a request of the session keeps it alive.</summary>
    public bool Touch(string sessionId)
    {
        if (!_sessions.TryGetValue(sessionId, out var entry))
        {
            return false;
        }

        entry.LastUsed = clock.GetUtcNow();
        return true;
    }

    public UserTokens? Find(string sessionId) => _sessions.TryGetValue(sessionId, out var entry) ? entry.Tokens : null;

    public void Remove(string sessionId) => _sessions.TryRemove(sessionId, out _);

    /// <summary>A valid access token of the session, refreshed if needed; null when the session has ended.</summary>
    public async Task<string?> GetAccessTokenAsync(string sessionId, CancellationToken cancellationToken)
    {
        if (!_sessions.TryGetValue(sessionId, out var entry))
        {
            return null;
        }

        entry.LastUsed = clock.GetUtcNow();
        if (entry.Tokens.ExpiresAt - RefreshMargin > clock.GetUtcNow())
        {
            return entry.Tokens.AccessToken;
        }

        // A token without a refresh token (a view-as token) serves to its last second: the margin is
        // there to renew tokens in time, and this one cannot be renewed.
        if (entry.Tokens.RefreshToken is null)
        {
            if (entry.Tokens.ExpiresAt > clock.GetUtcNow())
            {
                return entry.Tokens.AccessToken;
            }

            Remove(sessionId);
            return null;
        }

        await entry.Lock.WaitAsync(cancellationToken);
        try
        {
            if (entry.Tokens.ExpiresAt - RefreshMargin > clock.GetUtcNow())
            {
                return entry.Tokens.AccessToken;
            }

            var refreshed = await RefreshAsync(entry.Tokens, cancellationToken);
            if (refreshed is null)
            {
                Remove(sessionId);
                return null;
            }

            entry.Tokens = refreshed;
            return refreshed.AccessToken;
        }
        finally
        {
            entry.Lock.Release();
        }
    }

    /// <summary>
    /// A new access token now, whatever the old one's lifetime: after the account changed what the token says
    /// (its language), so that the services and the cookie's principal learn it at once. Null when the session
    /// has ended or cannot be renewed (a view-as token).
    /// </summary>
    public async Task<string?> RefreshNowAsync(string sessionId, CancellationToken cancellationToken)
    {
        if (!_sessions.TryGetValue(sessionId, out var entry) || entry.Tokens.RefreshToken is null)
        {
            return null;
        }

        await entry.Lock.WaitAsync(cancellationToken);
        try
        {
            var refreshed = await RefreshAsync(entry.Tokens, cancellationToken);
            if (refreshed is null)
            {
                Remove(sessionId);
                return null;
            }

            entry.Tokens = refreshed;
            return refreshed.AccessToken;
        }
        finally
        {
            entry.Lock.Release();
        }
    }

    private async Task<UserTokens?> RefreshAsync(UserTokens current, CancellationToken cancellationToken)
    {
        if (current.RefreshToken is null)
        {
            return null;
        }

        var http = httpClients.CreateClient(HttpClientName);
        using var response = await http.PostAsync(addresses.Identity("connect/token"), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "refresh_token",
            ["client_id"] = PortalAuthentication.ClientId,
            ["refresh_token"] = current.RefreshToken,
        }), cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            // Deactivated, or the refresh token expired or was used: the session is over.
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

    private sealed class Entry(UserTokens tokens, DateTimeOffset lastUsed)
    {
        public UserTokens Tokens { get; set; } = tokens;

        public DateTimeOffset LastUsed { get; set; } = lastUsed;

        public SemaphoreSlim Lock { get; } = new(1, 1);
    }
}
