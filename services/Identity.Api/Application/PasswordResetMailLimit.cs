using Identity.Api.Infrastructure;
using Identity.Api.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Identity.Api.Application;

/// <summary>
/// At most <see cref="PasswordResetMailLimitOptions.MailsPerAccount"/> reset mails per account in any
/// <see cref="PasswordResetMailLimitOptions.Window"/>, so that nobody floods a mailbox from many addresses.
/// The reset links already sent are the count (each mail is one link row, kept until the account goes).
/// </summary>
public sealed class PasswordResetMailLimit(IOptions<PasswordResetMailLimitOptions> options, TimeProvider clock)
{
    public async Task<bool> ReachedAsync(IdentityDbContext db, Guid userId, CancellationToken cancellationToken)
    {
        var since = clock.GetUtcNow() - options.Value.Window;
        var sent = await db.Invitations.CountAsync(
            i => i.UserId == userId && i.Purpose == InvitationPurpose.PasswordReset && i.CreatedAt > since, cancellationToken);
        return sent >= options.Value.MailsPerAccount;
    }
}

/// <summary>Configuration section <c>Identity:PasswordResetMails</c>.</summary>
public sealed class PasswordResetMailLimitOptions
{
    public const string SectionName = "Identity:PasswordResetMails";

    public int MailsPerAccount { get; set; } = 3;
    public TimeSpan Window { get; set; } = TimeSpan.FromHours(1);
}
