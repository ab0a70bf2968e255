namespace Portal.Web.Authentication;

/// <summary>The tokens of one signed-in browser session, kept on the server, never in the cookie.</summary>
public sealed record UserTokens(string AccessToken, string? RefreshToken, string? IdToken, DateTimeOffset ExpiresAt);
