using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace Portal.Dashboard.Tests.Infrastructure;

/// <summary>
/// (As in Portal.Stack.Tests.) Mints access tokens signed with the stack's test signing key, until the identity service issues
/// real ones. The services validate them with their real JwtBearer configuration.
/// </summary>
public static class TestTokens
{
    /// <summary>Handed to every service of a test stack as <c>Identity__TestSigningKey</c>.</summary>
    public const string SigningKey = "portal-stack-tests-signing-key-0123456789";

    public static string ProviderStaff(string issuer, Guid providerId, params string[] permissions) => Mint(issuer, new Dictionary<string, object>
    {
        ["sub"] = Guid.NewGuid().ToString(),
        ["org_id"] = providerId.ToString(),
        ["org_kind"] = "provider",
        ["permissions"] = permissions,
    });

    public static string CustomerUser(string issuer, Guid customerId, params string[] permissions) => Mint(issuer, new Dictionary<string, object>
    {
        ["sub"] = Guid.NewGuid().ToString(),
        ["org_id"] = customerId.ToString(),
        ["org_kind"] = "customer",
        ["permissions"] = permissions,
    });

    private static string Mint(string issuer, Dictionary<string, object> claims)
    {
        var now = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        claims["iss"] = issuer;
        claims["aud"] = "portal-api";
        claims["iat"] = now;
        claims["nbf"] = now;
        claims["exp"] = now + 600;

        var header = Base64Url(JsonSerializer.SerializeToUtf8Bytes(new { alg = "HS256", typ = "JWT" }));
        var payload = Base64Url(JsonSerializer.SerializeToUtf8Bytes(claims));
        var signature = Base64Url(HMACSHA256.HashData(Encoding.UTF8.GetBytes(SigningKey), Encoding.ASCII.GetBytes($"{header}.{payload}")));
        return $"{header}.{payload}.{signature}";
    }

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
