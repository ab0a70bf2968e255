namespace Identity.Api.Extensions;

/// <summary>
/// Configuration section <c>Identity:RateLimits</c>: how many requests one client address may make
/// to one credential endpoint (sign-in, token, password reset, invitation accept) per window. The
/// gateway limits first (10 per 10 s by default); this, more lenient, holds when something reaches
/// the service another way.
/// </summary>
public sealed class RateLimitOptions
{
    public const string SectionName = "Identity:RateLimits";

    public int PermitLimit { get; set; } = 20;
    public TimeSpan Window { get; set; } = TimeSpan.FromSeconds(10);
}
