using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace Assets.Api.Tests.Infrastructure;

/// <summary>
/// Mints access tokens as identity will issue them (sub, org_id, org_kind, role, permissions), signed
/// with the test key the service accepts in Development (as tests/Portal.Stack.Tests does).
/// </summary>
public static class TestTokens
{
    public const string SigningKey = "assets-api-tests-signing-key-0123456789";
    public const string PublicUrl = "http://portal.test";

    public static string For(TestUser user)
    {
        var now = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        var claims = new Dictionary<string, object>
        {
            ["sub"] = user.Id.ToString(),
            ["org_id"] = user.OrganizationId.ToString(),
            ["org_kind"] = user.OrganizationKind,
            ["role"] = user.Role,
            ["permissions"] = user.Permissions,
            ["iss"] = PublicUrl + "/",
            ["aud"] = "portal-api",
            ["iat"] = now,
            ["nbf"] = now,
            ["exp"] = now + 600,
        };
        var header = Base64Url(JsonSerializer.SerializeToUtf8Bytes(new { alg = "HS256", typ = "JWT" }));
        var payload = Base64Url(JsonSerializer.SerializeToUtf8Bytes(claims));
        var signature = Base64Url(HMACSHA256.HashData(Encoding.UTF8.GetBytes(SigningKey), Encoding.ASCII.GetBytes($"{header}.{payload}")));
        return $"{header}.{payload}.{signature}";
    }

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
