namespace Portal.Web.Sessions;

/// <summary>
/// One signed-in browser session, shared by every replica of the web app: the cookie carries only <see cref="Id"/>.
/// The tokens are kept encrypted with the app's data-protection keys (<see cref="ProtectedTokens"/>); the expiry
/// and the last use stay readable, because the store decides on them without decrypting anything.
/// </summary>
public sealed class WebSession
{
    public const int IdMaxLength = 32;

    public required string Id { get; init; }

    /// <summary>The access, refresh and id tokens as protected JSON (<see cref="SessionTokenProtector"/>).</summary>
    public required string ProtectedTokens { get; set; }

    /// <summary>When the access token expires.</summary>
    public DateTimeOffset AccessTokenExpiresAt { get; set; }

    /// <summary>The last request of the session; a session idle for longer than the cookie lives is deleted.</summary>
    public DateTimeOffset LastUsedAt { get; set; }
}
