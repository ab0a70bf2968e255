namespace Identity.Api.Application;

/// <summary>
/// One OpenID Connect provider people may sign in with, configured as
/// <c>Identity:ExternalProviders:&lt;scheme&gt;</c>. The scheme (lower-case letters, digits, dashes) names
/// the provider in callback paths and in a user's login types.
/// </summary>
public sealed class ExternalLoginOptions
{
    public const string SectionName = "Identity:ExternalProviders";
    public const string GoogleAuthority = "https://accounts.google.com";

    /// <summary>The button reads "Sign in with {DisplayName}".</summary>
    public string DisplayName { get; set; } = "";

    /// <summary>The issuer; for Google it may be left out, for Microsoft it is <c>https://login.microsoftonline.com/&lt;tenant-id&gt;/v2.0</c>.</summary>
    public string Authority { get; set; } = "";
    public string ClientId { get; set; } = "";
    public string ClientSecret { get; set; } = "";

    /// <summary>One of <see cref="ExternalLoginKinds"/>.</summary>
    public string Kind { get; set; } = ExternalLoginKinds.Oidc;

    /// <summary>Scopes beyond <c>openid email profile</c>.</summary>
    public List<string> Scopes { get; set; } = [];

    /// <summary>
    /// Treat an e-mail without an <c>email_verified</c> claim as verified. Only for providers whose
    /// addresses are owned by the organization that runs them (a single Entra ID tenant of the customer):
    /// Entra's v2 tokens carry no <c>email_verified</c>. An explicit <c>email_verified: false</c> is refused regardless.
    /// </summary>
    public bool TrustEmailVerified { get; set; }
}

public static class ExternalLoginKinds
{
    public const string Google = "google";
    public const string Microsoft = "microsoft";
    public const string Oidc = "oidc";

    public static readonly IReadOnlyList<string> All = [Google, Microsoft, Oidc];
}
