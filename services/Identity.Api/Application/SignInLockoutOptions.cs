namespace Identity.Api.Application;

/// <summary>
/// Configuration section <c>Identity:Lockout</c>. After <see cref="FailuresBeforeLockout"/> failures a
/// login waits <see cref="FirstDelay"/>; every further failure doubles the wait up to
/// <see cref="MaxDelay"/>. A wait, not a lock: an attacker cannot shut a person out for long cheaply.
/// </summary>
public sealed class SignInLockoutOptions
{
    public const string SectionName = "Identity:Lockout";

    public int FailuresBeforeLockout { get; set; } = 5;
    public TimeSpan FirstDelay { get; set; } = TimeSpan.FromMinutes(1);
    public TimeSpan MaxDelay { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>Failures older than this no longer count: an occasional typo never adds up to a lockout.</summary>
    public TimeSpan ForgetFailuresAfter { get; set; } = TimeSpan.FromDays(1);

    /// <summary>The wait after the <paramref name="failures"/>th failure; zero below the threshold.</summary>
    public TimeSpan DelayAfter(int failures)
    {
        if (failures < FailuresBeforeLockout)
        {
            return TimeSpan.Zero;
        }

        var doublings = Math.Min(failures - FailuresBeforeLockout, 30);
        var delay = FirstDelay * Math.Pow(2, doublings);
        return delay > MaxDelay ? MaxDelay : delay;
    }
}
