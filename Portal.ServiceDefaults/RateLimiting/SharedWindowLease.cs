using System.Threading.RateLimiting;

namespace Portal.ServiceDefaults.RateLimiting;

/// <summary>
/// The answer of <see cref="SharedFixedWindowRateLimiter"/>. Nothing to give back on dispose: a fixed window's
/// permits are not returned, they expire with the window.
/// </summary>
internal sealed class SharedWindowLease : RateLimitLease
{
    private readonly TimeSpan? _retryAfter;

    private SharedWindowLease(bool isAcquired, TimeSpan? retryAfter)
    {
        IsAcquired = isAcquired;
        _retryAfter = retryAfter;
    }

    public static RateLimitLease Acquired { get; } = new SharedWindowLease(isAcquired: true, retryAfter: null);

    /// <summary>
    /// The synchronous answer: not acquired, nothing counted. ASP.NET Core's rate limiting middleware then asks
    /// <c>AcquireAsync</c>, which counts in the database; a thread of the request is never blocked on it.
    /// </summary>
    public static RateLimitLease NotCountedYet { get; } = new SharedWindowLease(isAcquired: false, retryAfter: null);

    /// <summary>Refused until the window ends; the middleware's rejection writes that as <c>Retry-After</c>.</summary>
    public static RateLimitLease Refused(TimeSpan retryAfter) =>
        new SharedWindowLease(isAcquired: false, retryAfter < TimeSpan.Zero ? TimeSpan.Zero : retryAfter);

    public override bool IsAcquired { get; }

    public override IEnumerable<string> MetadataNames =>
        _retryAfter is null ? [] : [MetadataName.RetryAfter.Name];

    public override bool TryGetMetadata(string metadataName, out object? metadata)
    {
        if (_retryAfter is { } retryAfter && metadataName == MetadataName.RetryAfter.Name)
        {
            metadata = retryAfter;
            return true;
        }

        metadata = null;
        return false;
    }
}
