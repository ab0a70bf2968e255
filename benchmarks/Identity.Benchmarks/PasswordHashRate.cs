using System.Buffers.Binary;
using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using Portal.Benchmarking;

namespace Identity.Benchmarks;

/// <summary>The parameters of a password hash as identity stored it (ASP.NET Core Identity's V3 format).</summary>
public sealed record StoredHash(HashAlgorithmName Prf, int Iterations, byte[] Salt, byte[] Subkey)
{
    public string Description => $"PBKDF2-HMAC-{Prf.Name}, {Iterations:N0} iterations, {Salt.Length}-byte salt, {Subkey.Length}-byte hash";

    /// <summary>
    /// Reads the V3 layout (0x01, PRF, iteration count, salt length, all big-endian, then salt and subkey). Taken from the
    /// stored hash rather than restated here, so the rate below is of the work identity does and not of a guess at it.
    /// </summary>
    public static StoredHash Parse(string passwordHash)
    {
        var bytes = Convert.FromBase64String(passwordHash);
        if (bytes.Length < 13 || bytes[0] != 0x01)
        {
            throw new BenchmarkFailedException($"identity's password hash is not in the V3 format (marker 0x{bytes.FirstOrDefault():x2}).");
        }

        var prf = BinaryPrimitives.ReadUInt32BigEndian(bytes.AsSpan(1)) switch
        {
            0 => HashAlgorithmName.SHA1,
            1 => HashAlgorithmName.SHA256,
            2 => HashAlgorithmName.SHA512,
            var other => throw new BenchmarkFailedException($"identity's password hash names an unknown PRF {other}."),
        };
        var iterations = (int)BinaryPrimitives.ReadUInt32BigEndian(bytes.AsSpan(5));
        var saltLength = (int)BinaryPrimitives.ReadUInt32BigEndian(bytes.AsSpan(9));
        return new StoredHash(prf, iterations, bytes[13..(13 + saltLength)], bytes[(13 + saltLength)..]);
    }

    /// <summary>One derivation, the work of one sign-in's password check.</summary>
    public byte[] Derive(string password) => Rfc2898DeriveBytes.Pbkdf2(Encoding.UTF8.GetBytes(password), Salt, Iterations, Prf, Subkey.Length);
}

/// <summary>How many hashes the machine derives per second, on one thread and on several at once.</summary>
public sealed record HashRate(int Threads, int Hashes, TimeSpan Duration)
{
    public double PerSecond => Hashes / Duration.TotalSeconds;
}

/// <summary>
/// The machine's raw PBKDF2 rate with identity's parameters, measured in this process while the services are idle: the
/// ceiling that password sign-ins cannot pass, since each verifies one hash.
/// </summary>
public static class PasswordHashRate
{
    public static async Task<StoredHash> ReadAsync(IdentityStack stack)
    {
        var stored = StoredHash.Parse(await stack.IdentityDb.ScalarAsync<string>(
            "select password_hash from users where normalized_email = $1", IdentityStack.AdminEmail.ToUpperInvariant()));
        // Same parameters and the same password must give identity's own hash: proof that this is the work it does.
        if (!CryptographicOperations.FixedTimeEquals(stored.Derive(IdentityStack.AdminPassword), stored.Subkey))
        {
            throw new BenchmarkFailedException($"PBKDF2 with the stored parameters ({stored.Description}) does not reproduce identity's hash.");
        }

        return stored;
    }

    /// <summary>
    /// <paramref name="threads"/> dedicated threads derive until <paramref name="duration"/> is up; each finishes the hash
    /// it has begun, and the rate counts the time until the last one has.
    /// </summary>
    public static async Task<HashRate> MeasureAsync(StoredHash hash, int threads, TimeSpan duration)
    {
        var hashes = 0;
        var clock = Stopwatch.StartNew();
        var workers = Enumerable.Range(0, threads).Select(_ => Task.Factory.StartNew(() =>
        {
            while (clock.Elapsed < duration)
            {
                hash.Derive(IdentityStack.AdminPassword);
                Interlocked.Increment(ref hashes);
            }
        }, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default));
        await Task.WhenAll(workers);
        var rate = new HashRate(threads, hashes, clock.Elapsed);
        Console.WriteLine($"PBKDF2 on {threads} thread(s): {rate.PerSecond:F1} hashes/s");
        return rate;
    }
}
