namespace Identity.Api.Infrastructure;

/// <summary>Configuration section <c>Identity</c>: the OpenID Connect server's switches and lifetimes.</summary>
public sealed class IdentityServerOptions
{
    public const string SectionName = "Identity";

    /// <summary>The access tokens' <c>aud</c>, which every service checks.</summary>
    public const string Audience = "portal-api";

    /// <summary>The scope that grants access to the Portal API.</summary>
    public const string PortalScope = "portal";

    /// <summary>The direct password grant for <c>portal-cli</c> (like Keycloak's "direct access grants"); on in Development and tests.</summary>
    public bool AllowPasswordGrant { get; set; }

    public TimeSpan AccessTokenLifetime { get; set; } = TimeSpan.FromMinutes(10);
    public TimeSpan RefreshTokenLifetime { get; set; } = TimeSpan.FromDays(14);
    public TimeSpan InvitationLifetime { get; set; } = TimeSpan.FromDays(7);
    public TimeSpan SetPasswordLinkLifetime { get; set; } = TimeSpan.FromDays(7);
    public TimeSpan PasswordResetLifetime { get; set; } = TimeSpan.FromMinutes(30);
    public TimeSpan EmailChangeLifetime { get; set; } = TimeSpan.FromHours(24);

    /// <summary>How long the old address may report an e-mail change it did not make.</summary>
    public TimeSpan EmailChangeReportLifetime { get; set; } = TimeSpan.FromDays(30);

    /// <summary>Where <c>portal-web</c> may receive authorization codes; defaults to the public URL's <c>/signin-oidc</c>.</summary>
    public List<string> WebRedirectUris { get; set; } = [];
    public List<string> WebPostLogoutRedirectUris { get; set; } = [];

    /// <summary>
    /// The secret of the confidential client <see cref="Audience"/>, the Portal API as a resource server: with
    /// it an API gateway or an integration introspects any Portal access token (RFC 7662). No client without it.
    /// </summary>
    public string? ApiClientSecret { get; set; }

    /// <summary>Services that call the API on their own behalf (client credentials): client id to secret.</summary>
    public Dictionary<string, string> ServiceClients { get; set; } = [];
}
