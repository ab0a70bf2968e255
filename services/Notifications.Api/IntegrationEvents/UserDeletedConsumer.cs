using Microsoft.EntityFrameworkCore;
using Notifications.Api.Infrastructure;
using Notifications.Api.Model;
using Portal.Contracts.Identity;
using Portal.ServiceDefaults.Messaging;

namespace Notifications.Api.IntegrationEvents;

/// <summary>
/// Forgets a deleted user: their recipient row, preferences and feed go; their mails' records keep
/// only what operators need (kind, language, status, times) without address, subject or body. A
/// mail not yet delivered is cancelled rather than sent to someone who no longer has an account.
/// </summary>
public sealed class UserDeletedConsumer(NotificationsDbContext db, TimeProvider clock)
    : IdempotentConsumer<UserDeleted, NotificationsDbContext>(db)
{
    protected override async Task HandleAsync(UserDeleted message, CancellationToken cancellationToken)
    {
        // Each statement is idempotent, so a redelivery after a failed save repeats them harmlessly.
        var userId = message.UserId;
        await Db.Recipients.Where(r => r.UserId == userId).ExecuteDeleteAsync(cancellationToken);
        await Db.Preferences.Where(p => p.UserId == userId).ExecuteDeleteAsync(cancellationToken);
        await Db.FeedItems.Where(i => i.UserId == userId).ExecuteDeleteAsync(cancellationToken);
        await Db.Mails.Where(m => m.UserId == userId).ExecuteUpdateAsync(set => set
            .SetProperty(m => m.Status, m => m.Status == MailStatus.Pending ? MailStatus.Cancelled : m.Status)
            .SetProperty(m => m.UserId, (Guid?)null)
            .SetProperty(m => m.Recipient, m => "forgotten-" + m.Id.ToString())
            .SetProperty(m => m.Subject, "")
            .SetProperty(m => m.HtmlBody, "")
            .SetProperty(m => m.TextBody, "")
            .SetProperty(m => m.UnsubscribeUrl, (string?)null)
            .SetProperty(m => m.LastError, (string?)null), cancellationToken);
        if (!await Db.ForgottenUsers.AnyAsync(f => f.UserId == userId, cancellationToken))
        {
            Db.ForgottenUsers.Add(new ForgottenUser { UserId = userId, ForgottenAt = clock.GetUtcNow() });
        }
    }
}
