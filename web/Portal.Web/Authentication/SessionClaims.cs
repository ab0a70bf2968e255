namespace Portal.Web.Authentication;

public static class SessionClaims
{
    /// <summary>The key of the session's tokens in the <see cref="TokenStore"/>; the cookie carries only this.</summary>
    public const string SessionId = "portal_session";

    /// <summary>
    /// While staff "view as" a customer user: the key of the staff member's own tokens, kept aside in
    /// the <see cref="TokenStore"/> until the view ends (see <see cref="ViewAsEndpoints"/>).
    /// </summary>
    public const string StaffSessionId = "portal_staff_session";
}
