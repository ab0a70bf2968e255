namespace Portal.Web.Authentication;

/// <summary>Where the API clients get a session's valid access token (the <see cref="TokenStore"/>).</summary>
public interface IAccessTokenSource
{
    /// <summary>A valid access token of the session, refreshed if needed; null when the session has ended.</summary>
    Task<string?> GetAccessTokenAsync(string sessionId, CancellationToken cancellationToken);
}
