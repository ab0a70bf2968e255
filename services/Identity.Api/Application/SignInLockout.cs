using System.Security.Cryptography;
using System.Text;
using Identity.Api.Infrastructure;
using Identity.Api.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Identity.Api.Application;

/// <summary>
/// Growing waits after failed sign-ins, per login. Known accounts are counted by their id (so the
/// account name and the e-mail share one allowance), unknown names by a hash of the name: both wait
/// alike, so a lockout never confirms that an account exists.
/// </summary>
public sealed class SignInLockout(IdentityDbContext db, TimeProvider clock, IOptions<SignInLockoutOptions> options)
{
    public static string KeyOf(User? user, string login) => user is not null
        ? $"user:{user.Id:N}"
        : "name:" + Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(login.Trim().ToUpperInvariant())));

    /// <summary>How long this login must still wait; zero when it may try now.</summary>
    public async Task<TimeSpan> RemainingAsync(string key, CancellationToken cancellationToken)
    {
        var lockedUntil = await db.SignInThrottles.AsNoTracking()
            .Where(t => t.Key == key).Select(t => t.LockedUntil).SingleOrDefaultAsync(cancellationToken);
        var remaining = lockedUntil - clock.GetUtcNow();
        return remaining is { } wait && wait > TimeSpan.Zero ? wait : TimeSpan.Zero;
    }

    /// <summary>Counts a failure; returns the wait it starts (zero while below the threshold).</summary>
    public async Task<TimeSpan> RecordFailureAsync(string key, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var forgetBefore = now - options.Value.ForgetFailuresAfter;
        // One statement, so that parallel guesses cannot lose each other's count.
        var failures = await db.Database.SqlQuery<int>($"""
            INSERT INTO sign_in_throttles AS t (key, failures, last_failure_at) VALUES ({key}, 1, {now})
            ON CONFLICT (key) DO UPDATE SET
                failures = CASE WHEN t.last_failure_at < {forgetBefore} THEN 1 ELSE t.failures + 1 END,
                last_failure_at = excluded.last_failure_at
            RETURNING failures AS "Value"
            """).ToListAsync(cancellationToken);

        // Names nobody has would otherwise pile up; forgotten failures are worth nothing.
        await db.SignInThrottles.Where(t => t.LastFailureAt < forgetBefore && (t.LockedUntil == null || t.LockedUntil < now))
            .ExecuteDeleteAsync(cancellationToken);

        var delay = options.Value.DelayAfter(failures.Single());
        if (delay > TimeSpan.Zero)
        {
            var lockedUntil = now + delay;
            await db.SignInThrottles.Where(t => t.Key == key)
                .ExecuteUpdateAsync(t => t.SetProperty(x => x.LockedUntil, lockedUntil), cancellationToken);
        }

        return delay;
    }

    /// <summary>A successful sign-in starts over.</summary>
    public async Task ResetAsync(string key, CancellationToken cancellationToken) =>
        await db.SignInThrottles.Where(t => t.Key == key).ExecuteDeleteAsync(cancellationToken);
}
