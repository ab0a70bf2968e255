using System.Security.Cryptography;
using Identity.Api.Infrastructure.EntityConfigurations;
using Identity.Api.Model;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.IdentityModel.Tokens;
using Npgsql;

namespace Identity.Api.Infrastructure;

/// <summary>
/// The OpenID Connect server's signing key (RSA 2048) and encryption key (AES-256), created at the
/// first start and kept in identitydb, protected with data protection (whose key ring is there too),
/// so that tokens survive restarts and every instance uses the same keys.
/// </summary>
public sealed class ServerKeyStore(IServiceScopeFactory scopes, IDataProtectionProvider dataProtection, TimeProvider clock)
{
    private readonly IDataProtector _protector = dataProtection.CreateProtector("Portal.Identity.ServerKeys");

    public RsaSecurityKey SigningKey()
    {
        var (id, material) = LoadOrCreate(ServerKey.Signing, () =>
        {
            using var rsa = RSA.Create(2048);
            return rsa.ExportPkcs8PrivateKey();
        });
        var key = RSA.Create();
        key.ImportPkcs8PrivateKey(material, out _);
        return new RsaSecurityKey(key) { KeyId = id.ToString("N") };
    }

    public SymmetricSecurityKey EncryptionKey()
    {
        var (id, material) = LoadOrCreate(ServerKey.Encryption, () => RandomNumberGenerator.GetBytes(32));
        return new SymmetricSecurityKey(material) { KeyId = id.ToString("N") };
    }

    // Options are built synchronously, once; hence the synchronous queries.
    private (Guid Id, byte[] Material) LoadOrCreate(string use, Func<byte[]> create)
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<IdentityDbContext>();
        var existing = db.ServerKeys.AsNoTracking().SingleOrDefault(k => k.Use == use);
        if (existing is null)
        {
            db.ServerKeys.Add(new ServerKey
            {
                Id = Guid.CreateVersion7(),
                Use = use,
                ProtectedMaterial = Convert.ToBase64String(_protector.Protect(create())),
                CreatedAt = clock.GetUtcNow(),
            });
            try
            {
                db.SaveChanges();
            }
            catch (DbUpdateException ex) when (ex.InnerException is PostgresException { ConstraintName: ServerKeyConfiguration.UniqueUseIndex })
            {
                // Another instance created it first; use theirs.
            }

            db.ChangeTracker.Clear();
            existing = db.ServerKeys.AsNoTracking().Single(k => k.Use == use);
        }

        return (existing.Id, _protector.Unprotect(Convert.FromBase64String(existing.ProtectedMaterial)));
    }
}
