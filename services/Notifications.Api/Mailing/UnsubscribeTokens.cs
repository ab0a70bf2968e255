using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Notifications.Api.Infrastructure;

namespace Notifications.Api.Mailing;

/// <summary>
/// Signed one-click unsubscribe tokens, one per user and category: <c>payload.signature</c> with an
/// HMAC-SHA256 over the user id and category. The key is <c>Notifications:UnsubscribeKey</c> when
/// configured, else one generated once and kept in the database, so every instance and every restart
/// accepts the links already sent. Tokens do not expire: a mail read months later must still work.
/// </summary>
public sealed class UnsubscribeTokens(IConfiguration configuration, TimeProvider clock) : IDisposable
{
    private const string KeyName = "unsubscribe";
    private const int SignatureLength = 16;

    private readonly SemaphoreSlim _loading = new(1, 1);
    private byte[]? _key;

    public async Task<string> CreateAsync(NotificationsDbContext db, Guid userId, string category, CancellationToken cancellationToken)
    {
        var payload = Payload(userId, category);
        var signature = Sign(await KeyAsync(db, cancellationToken), payload);
        return Base64Url.EncodeToString(payload) + "." + Base64Url.EncodeToString(signature);
    }

    /// <summary>The user and category of a genuine token; null for anything else (malformed, forged, unknown category).</summary>
    public async Task<(Guid UserId, string Category)?> ReadAsync(NotificationsDbContext db, string? token, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(token) || token.Length > 200 || token.Split('.') is not [var payloadPart, var signaturePart])
        {
            return null;
        }

        byte[] payload, signature;
        try
        {
            payload = Base64Url.DecodeFromChars(payloadPart);
            signature = Base64Url.DecodeFromChars(signaturePart);
        }
        catch (FormatException)
        {
            return null;
        }

        var key = await KeyAsync(db, cancellationToken);
        if (payload.Length <= 16 || !CryptographicOperations.FixedTimeEquals(signature, Sign(key, payload)))
        {
            return null;
        }

        var category = Encoding.UTF8.GetString(payload, 16, payload.Length - 16);
        return MailCategories.All.Contains(category) ? (new Guid(payload.AsSpan(0, 16)), category) : null;
    }

    public void Dispose() => _loading.Dispose();

    private static byte[] Payload(Guid userId, string category) => [.. userId.ToByteArray(), .. Encoding.UTF8.GetBytes(category)];

    private static byte[] Sign(byte[] key, byte[] payload) => HMACSHA256.HashData(key, payload)[..SignatureLength];

    private async Task<byte[]> KeyAsync(NotificationsDbContext db, CancellationToken cancellationToken)
    {
        if (_key is not null)
        {
            return _key;
        }

        await _loading.WaitAsync(cancellationToken);
        try
        {
            if (configuration["Notifications:UnsubscribeKey"] is { Length: >= 32 } configured)
            {
                return _key = Encoding.UTF8.GetBytes(configured);
            }

            // The first instance to get here creates the key; the others read the one that won.
            var candidate = RandomNumberGenerator.GetBytes(32);
            await db.Database.ExecuteSqlAsync(
                $"INSERT INTO signing_keys (name, key, created_at) VALUES ({KeyName}, {candidate}, {clock.GetUtcNow()}) ON CONFLICT (name) DO NOTHING",
                cancellationToken);
            return _key = await db.SigningKeys.AsNoTracking().Where(k => k.Name == KeyName).Select(k => k.Key).SingleAsync(cancellationToken);
        }
        finally
        {
            _loading.Release();
        }
    }
}
