using System.Globalization;
using Identity.Api.Infrastructure;
using Identity.Api.Model;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Portal.ServiceDefaults.Errors;
using Portal.ServiceDefaults.Localization;

namespace Identity.Api.Application;

/// <summary>
/// The current password, asked again before a signed-in account changes its password or its e-mail or
/// turns two-factor off. A wrong one counts toward the same lockout as a failed sign-in and is audited
/// like one, and while the lockout runs even the right one waits: a stolen session must not be a way
/// to guess the password at leisure.
/// </summary>
public sealed class PasswordReauthentication(UserManager<User> users, SignInLockout lockout, IdentityDbContext db, AuditLog audit)
{
    /// <summary>
    /// Null when the password is right; else the refusal: a 400 naming <paramref name="field"/>, or a 429
    /// with <c>Retry-After</c> while the account waits after failed attempts.
    /// </summary>
    /// <param name="purpose">What the password was asked for, for the audit log (<see cref="SignInAuditDetails.PasswordChange"/>).</param>
    public async Task<ProblemHttpResult?> RefuseAsync(
        User user, string? password, string field, LocalizedText purpose, HttpContext context, CancellationToken cancellationToken)
    {
        var key = SignInLockout.KeyOf(user, "");
        if (await lockout.RemainingAsync(key, cancellationToken) is { TotalSeconds: > 0 } wait)
        {
            return TooManyFailures(context, wait);
        }

        if (!string.IsNullOrEmpty(password) && password.Length <= Security.PasswordPolicy.MaximumLength
            && await users.CheckPasswordAsync(user, password))
        {
            return null;
        }

        await RecordFailureAsync(user, key, SignInAuditDetails.WrongCurrentPassword(purpose), cancellationToken);
        return Problems.FieldRefused(field, field == "currentPassword" ? PasswordProblems.WrongCurrentPassword : PasswordProblems.WrongPassword);
    }

    /// <summary>A wrong second factor on the same occasions counts alike.</summary>
    public async Task RecordFailureAsync(User user, LocalizedText details, CancellationToken cancellationToken) =>
        await RecordFailureAsync(user, SignInLockout.KeyOf(user, ""), details, cancellationToken);

    private async Task RecordFailureAsync(User user, string key, LocalizedText details, CancellationToken cancellationToken)
    {
        var wait = await lockout.RecordFailureAsync(key, cancellationToken);
        audit.Add(db, AuditActions.SignInFailed, user.OrganizationId, actorUserId: user.Id, subjectUserId: user.Id, details: details);
        if (wait > TimeSpan.Zero)
        {
            audit.Add(db, AuditActions.SignInLockedOut, user.OrganizationId, subjectUserId: user.Id, details: SignInAuditDetails.Waits(wait));
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    private static ProblemHttpResult TooManyFailures(HttpContext context, TimeSpan wait)
    {
        var seconds = Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds));
        context.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        return PortalProblems.Of(StatusCodes.Status429TooManyRequests, PasswordProblems.TooManyFailures.WithDetail(seconds));
    }
}
