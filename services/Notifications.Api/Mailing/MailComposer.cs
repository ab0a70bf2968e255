using System.Globalization;
using Notifications.Api.Infrastructure;
using Notifications.Api.Model;

namespace Notifications.Api.Mailing;

/// <summary>
/// Renders a mail, records it as pending and adds it to the recipient's feed, in the consumer's unit of work; the <see cref="MailSender"/>
/// delivers it once the consumer has saved. Nothing is sent here, so a failed save sends nothing.
/// </summary>
public sealed class MailComposer(NotificationsDbContext db, MailTemplates templates, TimeProvider clock)
{
    public async Task<Mail> ComposeAsync(
        Guid messageId, Guid? userId, string recipient, string kind, string language, IReadOnlyDictionary<string, string> values)
    {
        var rendered = await templates.RenderAsync(kind, language, values);
        var now = clock.GetUtcNow();
        var mail = new Mail
        {
            Id = Guid.CreateVersion7(),
            MessageId = messageId,
            UserId = userId,
            Recipient = recipient,
            Kind = kind,
            Language = rendered.Language,
            Subject = rendered.Subject,
            HtmlBody = rendered.HtmlBody,
            TextBody = rendered.TextBody,
            Status = MailStatus.Pending,
            CreatedAt = now,
            NextAttemptAt = now,
        };
        db.Mails.Add(mail);

        // Every notification also lands in the recipient's in-app feed, when they are a known user.
        if (userId is { } user)
        {
            db.FeedItems.Add(new FeedItem
            {
                Id = Guid.CreateVersion7(),
                UserId = user,
                MessageId = messageId,
                Kind = kind,
                Title = rendered.Subject,
                CreatedAt = now,
            });
        }

        return mail;
    }

    /// <summary>A point in time as the recipient reads it (UTC, until users have a time zone).</summary>
    public static string FormatTime(DateTimeOffset time, string language) =>
        language == "en"
            ? time.UtcDateTime.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture)
            : time.UtcDateTime.ToString("dd.MM.yyyy HH:mm 'Uhr (UTC)'", CultureInfo.InvariantCulture);
}
