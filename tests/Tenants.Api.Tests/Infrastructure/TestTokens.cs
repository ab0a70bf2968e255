using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

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
    public static string Mint(Guid userId, Guid organizationId, string organizationKind, string role, string[] permissions, Guid? actor = null, string? issuer = null)
    {
        var now = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        var claims = new Dictionary<string, object>
        {
            ["sub"] = userId.ToString(),
            ["org_id"] = organizationId.ToString(),
            ["org_kind"] = organizationKind,
            ["role"] = role,
            ["permissions"] = permissions,
            ["iss"] = issuer ?? Issuer,
            ["aud"] = "portal-api",
            ["iat"] = now,
            ["nbf"] = now,
            ["exp"] = now + 600,
        };
        if (actor is not null)
        {
            claims["act"] = new { sub = actor.Value.ToString() };
        }

        var header = Base64Url(JsonSerializer.SerializeToUtf8Bytes(new { alg = "HS256", typ = "JWT" }));
        var payload = Base64Url(JsonSerializer.SerializeToUtf8Bytes(claims));
        var signature = Base64Url(HMACSHA256.HashData(Encoding.UTF8.GetBytes(SigningKey), Encoding.ASCII.GetBytes($"{header}.{payload}")));
        return $"{header}.{payload}.{signature}";
    }

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
