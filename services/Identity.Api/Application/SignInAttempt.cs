namespace Identity.Api.Application;

public enum SignInOutcome
{
    Succeeded,

    /// <summary>Unknown name, wrong password, no password yet, deactivated: one answer for all.</summary>
    InvalidCredentials,

    /// <summary>Waiting after too many failures; said alike for known and unknown names.</summary>
    LockedOut,

    /// <summary>The password was right and the account has two-factor on: ask for the code.</summary>
    TwoFactorCodeNeeded,

    /// <summary>The password was right, the code was not.</summary>
    InvalidTwoFactorCode,
}

/// <summary>
/// What a sign-in attempt came to. <see cref="Access"/> is set when the password was right;
/// <see cref="WithOneTimeCode"/> when a two-factor or recovery code completed it.
/// </summary>
public sealed record SignInAttempt(SignInOutcome Outcome, UserAccess? Access = null, TimeSpan RetryAfter = default, bool WithOneTimeCode = false)
{
    public const string InvalidCredentials = "The account name or password is invalid.";

    public bool Succeeded => Outcome == SignInOutcome.Succeeded;

    /// <summary>The sentence a person reads. Only an attempt with the right password learns anything about the account.</summary>
    public string Message => Outcome switch
    {
        SignInOutcome.LockedOut => $"Too many failed sign-ins. Try again in {Seconds(RetryAfter)}.",
        SignInOutcome.TwoFactorCodeNeeded => "A two-factor code is needed: give the code from your authenticator app (or a recovery code) in the otp field.",
        SignInOutcome.InvalidTwoFactorCode => "The two-factor code is invalid or was used already." + Wait,
        _ => InvalidCredentials + Wait,
    };

    private string Wait => RetryAfter > TimeSpan.Zero ? $" Too many failed sign-ins: try again in {Seconds(RetryAfter)}." : "";

    private static string Seconds(TimeSpan wait) => Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds)) is var seconds && seconds == 1 ? "1 second" : $"{seconds} seconds";
}
