using System.Buffers.Text;
using System.Security.Cryptography;

namespace Assets.Api.Model;

/// <summary>
/// Device codes are bearer-like: whoever holds one can ask to resolve it, so it must not be
/// guessable. 160 random bits, base64url without padding: 27 URL-safe characters.
/// </summary>
public static class DeviceCodes
{
    public const int Length = 27;

    public static string NewCode() => Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(20));
}
