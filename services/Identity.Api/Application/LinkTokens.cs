using System.Security.Cryptography;
using System.Text;

namespace Identity.Api.Application;

/// <summary>Single-use link tokens: 256 random bits, handed out once, stored only as their SHA-256.</summary>
public static class LinkTokens
{
    public static (string Token, byte[] Hash) Create()
    {
        var token = Base64Url(RandomNumberGenerator.GetBytes(32));
        return (token, Hash(token));
    }

    public static byte[] Hash(string token) => SHA256.HashData(Encoding.UTF8.GetBytes(token));

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
