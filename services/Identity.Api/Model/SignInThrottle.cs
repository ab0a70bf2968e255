namespace Identity.Api.Model;

/// <summary>
/// Failed sign-ins for one login (an existing account, or a name nobody has): the lockout's memory.
/// Unknown names are tracked too, so that locking out tells an attacker nothing about which accounts exist.
/// </summary>
public sealed class SignInThrottle
{
    public const int KeyMaxLength = 80;

    /// <summary><c>user:&lt;id&gt;</c>, or <c>name:&lt;SHA-256 of the normalized name&gt;</c> (people type passwords into the name field).</summary>
    public required string Key { get; init; }

    /// <summary>Failures since the last successful sign-in (or since they were forgotten).</summary>
    public int Failures { get; set; }
    public DateTimeOffset LastFailureAt { get; set; }
    public DateTimeOffset? LockedUntil { get; set; }
}
