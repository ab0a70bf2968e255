using Notifications.Api.Infrastructure;
using Notifications.Api.Mailing;
using Portal.Contracts.Assets;
using Portal.ServiceDefaults.Messaging;

namespace Notifications.Api.IntegrationEvents;

// Video session mails (category videoSessions) to the customer's users who may see the session.

public sealed class VideoSessionScheduledConsumer(NotificationsDbContext db, BusinessMailer mailer)
    : IdempotentConsumer<VideoSessionScheduled, NotificationsDbContext>(db)
{
    protected override Task HandleAsync(VideoSessionScheduled message, CancellationToken cancellationToken) =>
        mailer.NotifyAsync(MessageId, new BusinessNotice(
            MailKinds.VideoSessionScheduled, MailCategories.VideoSessions, message.CustomerId, message.ObjectId, null,
            language => new() { ["scheduledAt"] = MailComposer.FormatTime(message.ScheduledAt, language) }), cancellationToken);
}

public sealed class VideoSessionChangedConsumer(NotificationsDbContext db, BusinessMailer mailer)
    : IdempotentConsumer<VideoSessionChanged, NotificationsDbContext>(db)
{
    protected override Task HandleAsync(VideoSessionChanged message, CancellationToken cancellationToken) =>
        mailer.NotifyAsync(MessageId, new BusinessNotice(
            MailKinds.VideoSessionChanged, MailCategories.VideoSessions, message.CustomerId, message.ObjectId, null,
            language => new()
            {
                ["scheduledAt"] = MailComposer.FormatTime(message.ScheduledAt, language),
                ["previousStatus"] = Labels.Of(message.PreviousStatus, language),
                ["status"] = Labels.Of(message.Status, language),
            }), cancellationToken);
}
