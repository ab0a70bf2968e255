using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace Portal.Testing;

/// <summary>
/// Signs access tokens with a symmetric test key (HS256), which services accept in Development when
/// it is configured as <c>Identity__TestSigningKey</c> (ADR 3). Audience and lifetime as identity's.
/// </summary>
public static class TestJwt
{
    public const string Audience = "portal-api";

    public static string Sign(string signingKey, string issuer, IDictionary<string, object> claims)
    {
        var now = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        var payloadClaims = new Dictionary<string, object>(claims)
        {
            ["iss"] = issuer,
            ["aud"] = Audience,
            ["iat"] = now,
            ["nbf"] = now,
            ["exp"] = now + 600,
        };

        var header = Base64Url(JsonSerializer.SerializeToUtf8Bytes(new { alg = "HS256", typ = "JWT" }));
        var payload = Base64Url(JsonSerializer.SerializeToUtf8Bytes(payloadClaims));
        var signature = Base64Url(HMACSHA256.HashData(Encoding.UTF8.GetBytes(signingKey), Encoding.ASCII.GetBytes($"{header}.{payload}")));
        return $"{header}.{payload}.{signature}";
    }

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
