namespace Portal.Web.Authentication;

public static class SessionClaims
{
    /// <summary>The key of the session's tokens in the <see cref="TokenStore"/>; the cookie carries only this.</summary>
    public const string SessionId = "portal_session";
}
