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

    /// <summary>What the callers may do: read everything the lists and the dashboard show.</summary>
    public static readonly string[] Permissions =
    [
        Portal.Contracts.Security.Permissions.ObjectsRead, Portal.Contracts.Security.Permissions.DevicesRead, Portal.Contracts.Security.Permissions.TicketsRead,
        Portal.Contracts.Security.Permissions.VideoSessionsRead, Portal.Contracts.Security.Permissions.DashboardView,
    ];

    /// <summary>Every portal area: the customer user may open each page.</summary>
    public static readonly string[] PortalAreas = [.. Portal.Contracts.Identity.PortalAreas.All];

    public static string Mint(Guid userId, Guid organizationId, string organizationKind)
    {
        var now = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        var claims = new Dictionary<string, object>
        {
            ["sub"] = userId.ToString(),
            ["org_id"] = organizationId.ToString(),
            ["org_kind"] = organizationKind,
            ["role"] = "administrator",
            ["permissions"] = Permissions,
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
