using System.Threading.RateLimiting;
using Microsoft.Extensions.DependencyInjection;

namespace Portal.ServiceDefaults.RateLimiting;

/// <summary>
/// The shared counterpart of <see cref="RateLimitPartition.GetFixedWindowLimiter{TKey}"/>, for a rate-limit
/// policy or a global limiter: same shape, but the window is counted for all replicas together.
/// </summary>
public static class SharedRateLimitPartition
{
    /// <param name="partitionKey">Who is counted together, e.g. endpoint and client address.</param>
    /// <param name="services">The request's services, where <see cref="SharedRateLimitingExtensions.AddSharedRateLimitWindows{TBuilder}"/> registered the windows.</param>
    /// <param name="options">The limit, read when the partition is first used.</param>
    public static RateLimitPartition<string> GetFixedWindowLimiter(string partitionKey, IServiceProvider services, Func<string, SharedFixedWindowOptions> options)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(options);
        // Resolved now, not in the factory: the factory may outlive the request whose services these are.
        var windows = services.GetRequiredService<SharedRateLimitWindows>();
        return RateLimitPartition.Get(partitionKey, key => new SharedFixedWindowRateLimiter(key, options(key), windows));
    }
}
