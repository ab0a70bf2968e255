using System.ComponentModel.DataAnnotations;

namespace Portal.Gateway.RateLimiting;

/// <summary>
/// Configuration section <c>Gateway:RateLimits</c>: how many sign-in, token, password-reset and
/// invitation-accept requests one client address may make to one endpoint per window. Load tests raise the limit rather than switch it off.
/// </summary>
public sealed class SignInRateLimitOptions
{
    public const string SectionName = "Gateway:RateLimits";

    [Range(1, int.MaxValue)]
    public int PermitLimit { get; set; } = 10;

    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan Window { get; set; } = TimeSpan.FromSeconds(10);
}
