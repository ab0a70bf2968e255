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
    /// <summary>An account mail: always sent, in the recipient's language, and a feed item for a known user.</summary>
    public async Task<Mail> ComposeAsync(
        Guid messageId, Guid? userId, string recipient, string kind, string language, IReadOnlyDictionary<string, string> values,
        Guid? organizationId = null)
    {
        var rendered = await templates.RenderAsync(kind, language, values);
        var mail = AddMail(messageId, userId, recipient, kind, rendered, organizationId);
        if (userId is { } user)
        {
            AddFeedItem(messageId, user, kind, rendered.Subject);
        }

        return mail;
    }

    public Task<RenderedMail> RenderAsync(string kind, string language, IReadOnlyDictionary<string, string> values) =>
        templates.RenderAsync(kind, language, values);

    /// <summary>Records a rendered mail as pending; the sender delivers it after the unit of work is saved.</summary>
    public Mail AddMail(
        Guid messageId, Guid? userId, string recipient, string kind, RenderedMail rendered, Guid? organizationId,
        string? category = null, string? unsubscribeUrl = null)
    {
        var now = clock.GetUtcNow();
        var mail = new Mail
        {
            Id = Guid.CreateVersion7(),
            MessageId = messageId,
            UserId = userId,
            OrganizationId = organizationId,
            Category = category,
            UnsubscribeUrl = unsubscribeUrl,
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
        return mail;
    }

    /// <summary>Every notification also lands in the recipient's in-app feed.</summary>
    public void AddFeedItem(Guid messageId, Guid userId, string kind, string title) =>
        db.FeedItems.Add(new FeedItem
        {
            Id = Guid.CreateVersion7(),
            UserId = userId,
            MessageId = messageId,
            Kind = kind,
            Title = title,
            CreatedAt = clock.GetUtcNow(),
        });

    /// <summary>A point in time as the recipient reads it (UTC, until users have a time zone).</summary>
    public static string FormatTime(DateTimeOffset time, string language) =>
        language == "en"
            ? time.UtcDateTime.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture)
            : time.UtcDateTime.ToString("dd.MM.yyyy HH:mm 'Uhr (UTC)'", CultureInfo.InvariantCulture);
}
