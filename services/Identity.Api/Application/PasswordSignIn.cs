using Identity.Api.Infrastructure;
using Identity.Api.Model;
using Microsoft.AspNetCore.Identity;
using Portal.ServiceDefaults.Text;
using Portal.ServiceDefaults.Localization;

namespace Identity.Api.Application;

/// <summary>
/// Checks an account name or e-mail, a password and, for accounts with two-factor on, a code; counts
/// failures toward the lockout and audits every attempt. Unknown user, wrong password, no password
/// yet, deactivated: the same answer after the same work (a hash is verified in every case, waits
/// apply to unknown names too), so that neither the answer nor its timing tells whether an account
/// exists. Only a caller who gave the right password learns that a code is needed.
/// </summary>
public sealed class PasswordSignIn(
    UserManager<User> users, IPasswordHasher<User> hasher, IdentityDbContext db,
    SignInLockout lockout, TwoFactorAuthenticator twoFactor, AuditLog audit)
{
    // A hash of a random password with the current parameters, verified when there is no user.
    private static readonly Lazy<string> DummyHash = new(() =>
        new PasswordHasher<User>(Microsoft.Extensions.Options.Options.Create(new PasswordHasherOptions { IterationCount = Security.PasswordPolicy.HashIterations }))
            .HashPassword(new User(), Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(16))));

    /// <summary>No account name or e-mail address that can be stored is longer.</summary>
    public const int MaxLoginLength = Apis.Validation.AccountNameMaxLength > Apis.Validation.EmailMaxLength
        ? Apis.Validation.AccountNameMaxLength : Apis.Validation.EmailMaxLength;

    /// <param name="code">The two-factor code or a recovery code; null asks whether one is needed.</param>
    /// <param name="channel">Where the attempt came from, for the audit log (<see cref="SignInAuditDetails.LoginPage"/>).</param>
    public async Task<SignInAttempt> AttemptAsync(string? accountNameOrEmail, string? password, string? code, LocalizedText channel, CancellationToken cancellationToken)
    {
        var login = accountNameOrEmail?.Trim() ?? "";
        // No account name holds a control character (PostgreSQL could not even compare one with a NUL), and no
        // account name or address is longer than can be stored: such a login is unknown, unlooked-up.
        var user = login.Length is 0 or > MaxLoginLength || ControlCharacters.AreIn(login)
            ? null
            : await users.FindByNameAsync(login) ?? await users.FindByEmailAsync(login);
        var key = SignInLockout.KeyOf(user, login);

        var wait = await lockout.RemainingAsync(key, cancellationToken);
        if (wait > TimeSpan.Zero)
        {
            // Even the right password waits; the hash keeps the timing of every refusal alike.
            hasher.VerifyHashedPassword(new User(), DummyHash.Value, password ?? "");
            await AuditAsync(AuditActions.SignInFailed, user, SignInAuditDetails.RefusedWhileWaiting(channel), cancellationToken);
            return new SignInAttempt(SignInOutcome.LockedOut, RetryAfter: wait);
        }

        var access = await CheckPasswordAsync(user, password, cancellationToken);
        if (access is null)
        {
            return await FailAsync(SignInOutcome.InvalidCredentials, key, user, null, user is null ? SignInAuditDetails.UnknownAccount(channel) : SignInAuditDetails.WrongPassword(channel), cancellationToken);
        }

        if (!access.User.TwoFactorEnabled)
        {
            return await SucceedAsync(key, access, channel, cancellationToken);
        }

        if (string.IsNullOrWhiteSpace(code))
        {
            return new SignInAttempt(SignInOutcome.TwoFactorCodeNeeded, access);
        }

        return await CheckCodeAsync(key, access, code, channel, cancellationToken);
    }

    /// <summary>The login page's second step: the password was right earlier, now the code.</summary>
    public async Task<SignInAttempt> CompleteWithCodeAsync(Guid userId, string? code, LocalizedText channel, CancellationToken cancellationToken)
    {
        var access = await UserAccess.LoadAsync(db, await users.FindByIdAsync(userId.ToString()), cancellationToken);
        if (access is not { CanSignIn: true } || !access.User.TwoFactorEnabled)
        {
            return new SignInAttempt(SignInOutcome.InvalidCredentials);
        }

        var key = SignInLockout.KeyOf(access.User, "");
        var wait = await lockout.RemainingAsync(key, cancellationToken);
        if (wait > TimeSpan.Zero)
        {
            await AuditAsync(AuditActions.SignInFailed, access.User, SignInAuditDetails.RefusedWhileWaiting(channel), cancellationToken);
            return new SignInAttempt(SignInOutcome.LockedOut, RetryAfter: wait);
        }

        return await CheckCodeAsync(key, access, code, channel, cancellationToken);
    }

    private async Task<UserAccess?> CheckPasswordAsync(User? user, string? password, CancellationToken cancellationToken)
    {
        if (user?.PasswordHash is null || string.IsNullOrEmpty(password))
        {
            hasher.VerifyHashedPassword(new User(), DummyHash.Value, password ?? "");
            return null;
        }

        // Also re-hashes with the current parameters when the stored hash is older (fewer iterations).
        if (!await users.CheckPasswordAsync(user, password))
        {
            return null;
        }

        var access = await UserAccess.LoadAsync(db, user, cancellationToken);
        return access is { CanSignIn: true } ? access : null;
    }

    private async Task<SignInAttempt> CheckCodeAsync(string key, UserAccess access, string? code, LocalizedText channel, CancellationToken cancellationToken) =>
        await twoFactor.VerifyAsync(access.User, code)
            ? await SucceedAsync(key, access, SignInAuditDetails.WithTwoFactor(channel), cancellationToken) with { WithOneTimeCode = true }
            // Counted like a wrong password: six digits must not be guessable at leisure.
            : await FailAsync(SignInOutcome.InvalidTwoFactorCode, key, access.User, access, SignInAuditDetails.WrongTwoFactorCode(channel), cancellationToken);

    private async Task<SignInAttempt> SucceedAsync(string key, UserAccess access, LocalizedText channel, CancellationToken cancellationToken)
    {
        await lockout.ResetAsync(key, cancellationToken);
        await AuditAsync(AuditActions.SignInSucceeded, access.User, channel, cancellationToken);
        return new SignInAttempt(SignInOutcome.Succeeded, access);
    }

    private async Task<SignInAttempt> FailAsync(SignInOutcome outcome, string key, User? user, UserAccess? access, LocalizedText details, CancellationToken cancellationToken)
    {
        var wait = await lockout.RecordFailureAsync(key, cancellationToken);
        audit.Add(db, AuditActions.SignInFailed, user?.OrganizationId, subjectUserId: user?.Id, details: details);
        if (wait > TimeSpan.Zero)
        {
            audit.Add(db, AuditActions.SignInLockedOut, user?.OrganizationId, subjectUserId: user?.Id, details: SignInAuditDetails.Waits(wait));
        }

        await db.SaveChangesAsync(cancellationToken);
        return new SignInAttempt(outcome, access, wait);
    }

    private async Task AuditAsync(string action, User? user, LocalizedText details, CancellationToken cancellationToken)
    {
        var succeeded = action == AuditActions.SignInSucceeded;
        audit.Add(db, action, user?.OrganizationId, actorUserId: succeeded ? user?.Id : null, subjectUserId: user?.Id, details: details);
        await db.SaveChangesAsync(cancellationToken);
    }
}
