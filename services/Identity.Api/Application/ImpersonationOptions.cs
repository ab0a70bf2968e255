namespace Identity.Api.Application;

/// <summary>Configuration section <c>Identity:Impersonation</c>.</summary>
public sealed class ImpersonationOptions
{
    public const string SectionName = "Identity:Impersonation";

    /// <summary>DOMAIN.md: impersonation is time-limited; no configuration makes it longer than this.</summary>
    public static readonly TimeSpan MaximumLifetime = TimeSpan.FromMinutes(60);

    /// <summary>How long an impersonation token lives; at most <see cref="MaximumLifetime"/>.</summary>
    public TimeSpan Lifetime { get; set; } = MaximumLifetime;

    public TimeSpan EffectiveLifetime => Lifetime > TimeSpan.Zero && Lifetime < MaximumLifetime ? Lifetime : MaximumLifetime;
}
