using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.AspNetCore.DataProtection;
using Portal.Web.Authentication;

namespace Portal.Web.Sessions;

/// <summary>
/// Encrypts a session's tokens for the database with the web app's data-protection keys, so that a copy of the
/// sessions table (a backup, a query log) holds no usable bearer or refresh token on its own.
/// </summary>
public sealed class SessionTokenProtector(IDataProtectionProvider dataProtection)
{
    private readonly IDataProtector _protector = dataProtection.CreateProtector("Portal.Web.SessionTokens.v1");

    public string Protect(UserTokens tokens) =>
        _protector.Protect(JsonSerializer.Serialize(new StoredTokens(tokens.AccessToken, tokens.RefreshToken, tokens.IdToken)));

    /// <summary>The tokens, or null when they cannot be read any more (their key is gone): the session is then over.</summary>
    public UserTokens? Unprotect(WebSession session)
    {
        try
        {
            var stored = JsonSerializer.Deserialize<StoredTokens>(_protector.Unprotect(session.ProtectedTokens));
            return stored is null ? null : new UserTokens(stored.AccessToken, stored.RefreshToken, stored.IdToken, session.AccessTokenExpiresAt);
        }
        catch (Exception exception) when (exception is CryptographicException or JsonException)
        {
            return null;
        }
    }

    private sealed record StoredTokens(string AccessToken, string? RefreshToken, string? IdToken);
}
