using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Portal.Contracts.Security;

namespace Assets.Benchmarks;

/// <summary>Access tokens signed with the test key the service accepts in Development.</summary>
public static class Tokens
{
    public const string SigningKey = "assets-benchmark-signing-key-0123456789";
    public const string PublicUrl = "http://portal.test";

    private static readonly string[] AllAssetPermissions =
    [
        Permissions.ObjectsRead, Permissions.DevicesRead, Permissions.TicketsRead, Permissions.VideoSessionsRead, Permissions.DashboardView,
    ];

    public static string Mint(Guid organizationId, string organizationKind)
    {
        var now = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        var claims = new Dictionary<string, object>
        {
            ["sub"] = Guid.NewGuid().ToString(),
            ["org_id"] = organizationId.ToString(),
            ["org_kind"] = organizationKind,
            ["role"] = "administrator",
            ["permissions"] = AllAssetPermissions,
            ["iss"] = PublicUrl + "/",
            ["aud"] = "portal-api",
            ["iat"] = now,
            ["nbf"] = now,
            ["exp"] = now + 3600,
        };
        var header = Base64Url(JsonSerializer.SerializeToUtf8Bytes(new { alg = "HS256", typ = "JWT" }));
        var payload = Base64Url(JsonSerializer.SerializeToUtf8Bytes(claims));
        var signature = Base64Url(HMACSHA256.HashData(Encoding.UTF8.GetBytes(SigningKey), Encoding.ASCII.GetBytes($"{header}.{payload}")));
        return $"{header}.{payload}.{signature}";
    }

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
