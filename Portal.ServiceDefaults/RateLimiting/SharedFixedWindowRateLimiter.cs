using System.Diagnostics;
using System.Threading.RateLimiting;

namespace Portal.ServiceDefaults.RateLimiting;

/// <summary>
/// A fixed-window limiter for one partition (one client address at one endpoint) whose count lives in
/// PostgreSQL (<see cref="SharedRateLimitWindows"/>), shared by every replica of the service. It plugs into
/// ASP.NET Core's rate limiting middleware like the built-in limiters, so rejections (429, Retry-After, problem
/// details) stay the service's own <c>OnRejected</c>.
/// </summary>
/// <remarks>
/// The middleware first calls <see cref="RateLimiter.AttemptAcquire"/>, synchronously, and only when that lease
/// is not acquired goes on to <see cref="RateLimiter.AcquireAsync"/>. The synchronous path therefore answers
/// "not acquired" without counting anything, and every request is counted once, asynchronously, in the database.
/// </remarks>
public sealed class SharedFixedWindowRateLimiter : RateLimiter
{
    private readonly string _partitionKey;
    private readonly SharedFixedWindowOptions _options;
    private readonly SharedRateLimitWindows _windows;
    private readonly Lazy<FixedWindowRateLimiter> _local;
    private long _lastUsed = Stopwatch.GetTimestamp();

    public SharedFixedWindowRateLimiter(string partitionKey, SharedFixedWindowOptions options, SharedRateLimitWindows windows)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.PermitLimit, 1);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(options.Window, TimeSpan.Zero);
        _partitionKey = partitionKey;
        _options = options;
        _windows = windows;
        _local = new(() => new FixedWindowRateLimiter(new FixedWindowRateLimiterOptions
        {
            PermitLimit = options.PermitLimit,
            Window = options.Window,
            QueueLimit = 0,
            AutoReplenishment = true,
        }));
    }

    /// <summary>
    /// Idle once unused for a while, so the partitioned limiter can drop this partition; never while a window
    /// of the local fallback is still counting, which would otherwise be forgotten.
    /// </summary>
    public override TimeSpan? IdleDuration =>
        _local.IsValueCreated && _local.Value.IdleDuration is null ? null : Stopwatch.GetElapsedTime(Volatile.Read(ref _lastUsed));

    /// <summary>The count lives in the database; this process has no statistics of its own to offer.</summary>
    public override RateLimiterStatistics? GetStatistics() => null;

    protected override RateLimitLease AttemptAcquireCore(int permitCount)
    {
        CheckPermitCount(permitCount);
        return SharedWindowLease.NotCountedYet;
    }

    protected override async ValueTask<RateLimitLease> AcquireAsyncCore(int permitCount, CancellationToken cancellationToken)
    {
        CheckPermitCount(permitCount);
        Volatile.Write(ref _lastUsed, Stopwatch.GetTimestamp());
        if (permitCount == 0)
        {
            // Asks only whether the limiter is there; counting nothing, it takes nothing.
            return SharedWindowLease.Acquired;
        }

        if (await _windows.TryCountAsync(_partitionKey, _options.Window, permitCount, cancellationToken) is { } window)
        {
            return window.Count <= _options.PermitLimit ? SharedWindowLease.Acquired : SharedWindowLease.Refused(window.RetryAfter);
        }

        // The database cannot be reached (SharedRateLimitWindows logged it): fail to the per-replica limit, never
        // to no limit. Sign-ins go on, an attacker gets at most the limit times the number of replicas.
        return await _local.Value.AcquireAsync(permitCount, cancellationToken);
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing && _local.IsValueCreated)
        {
            _local.Value.Dispose();
        }

        base.Dispose(disposing);
    }

    private void CheckPermitCount(int permitCount)
    {
        if (permitCount > _options.PermitLimit)
        {
            throw new ArgumentOutOfRangeException(nameof(permitCount), permitCount, $"At most {_options.PermitLimit} permits can be asked for at once.");
        }
    }
}
