using System.Security.Cryptography;
using System.Text;

namespace Identity.Api.Application;

/// <summary>
/// Two-factor recovery codes: 16 characters from a 32-letter alphabet (80 random bits), shown as
/// four dashed groups, and stored only as a keyed hash. 80 bits make guessing a code from its hash
/// hopeless even with a fast hash, so no slow hash (and no per-code salt) is needed; keying with the
/// user's id means one computation never tests a guess against every account at once.
/// </summary>
public static class RecoveryCodes
{
    /// <summary>Digits and upper-case letters without 0/O and 1/I, which are easily mistyped.</summary>
    private const string Alphabet = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";
    private const int GroupLength = 4;
    private const int Groups = 4;

    /// <summary>Marks a stored hash; plain codes stored before hashing was introduced lack it and never match.</summary>
    private const string HashPrefix = "h1:";

    /// <summary>A new code as the user sees it, e.g. <c>7KQX-M2PD-RT9W-C4HN</c>.</summary>
    public static string Create() => string.Join('-', Enumerable.Range(0, Groups).Select(_ => RandomNumberGenerator.GetString(Alphabet, GroupLength)));

    /// <summary>What is stored for a code: typing in lower case, without dashes or with spaces gives the same hash.</summary>
    public static string Hash(Guid userId, string code)
    {
        var hash = HMACSHA256.HashData(userId.ToByteArray(), Encoding.UTF8.GetBytes(Normalize(code)));
        return HashPrefix + Convert.ToBase64String(hash);
    }

    public static bool IsHash(string stored) => stored.StartsWith(HashPrefix, StringComparison.Ordinal);

    private static string Normalize(string code) =>
        string.Concat(code.Where(c => c is not ('-' or ' ' or '\t'))).ToUpperInvariant();
}
