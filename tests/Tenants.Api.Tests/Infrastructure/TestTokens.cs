namespace Tenants.Api.Tests.Infrastructure;

/// <summary>
/// Mints access tokens signed with the test signing key the tenants service is given, until the
/// identity service issues real ones. The service validates them with its real JwtBearer configuration.
/// </summary>
public static class TestTokens
{
    public const string SigningKey = "tenants-api-tests-signing-key-0123456789";
    public const string PublicUrl = "http://portal.test";
    public const string Issuer = PublicUrl + "/";

    public static string ProviderStaff(Guid providerId, params string[] permissions) =>
        Mint(Guid.NewGuid(), providerId, "provider", "custom", permissions);

    public static string ProviderAdministrator(Guid providerId, params string[] permissions) =>
        Mint(Guid.NewGuid(), providerId, "provider", "administrator", permissions);

    public static string CustomerUser(Guid customerId, params string[] permissions) =>
        Mint(Guid.NewGuid(), customerId, "customer", "member", permissions);

    /// <param name="actor">The real person behind the token (RFC 8693 <c>act</c>), when impersonating.</param>
    /// <param name="locale">The language the person chose (the <c>locale</c> claim), if any.</param>
    public static string Mint(
        Guid userId, Guid organizationId, string organizationKind, string role, string[] permissions, Guid? actor = null, string? issuer = null, string? locale = null)
    {
        var claims = new Dictionary<string, object>
        {
            ["sub"] = userId.ToString(),
            ["org_id"] = organizationId.ToString(),
            ["org_kind"] = organizationKind,
            ["role"] = role,
            ["permissions"] = permissions,
        };
        if (actor is not null)
        {
            claims["act"] = new { sub = actor.Value.ToString() };
            // Acting for someone with full access: a read-only impersonation could change nothing.
            claims["impersonation"] = "full";
        }

        if (locale is not null)
        {
            claims["locale"] = locale;
        }

        return Portal.Testing.TestJwt.Sign(SigningKey, issuer ?? Issuer, claims);
    }
}
