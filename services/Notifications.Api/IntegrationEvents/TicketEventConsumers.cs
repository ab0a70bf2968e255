using Notifications.Api.Infrastructure;
using Notifications.Api.Mailing;
using Portal.Contracts.Assets;
using Portal.ServiceDefaults.Messaging;

namespace Notifications.Api.IntegrationEvents;

// Ticket mails (category tickets) to the customer's users who may see the ticket, except whoever acted.

public sealed class TicketCreatedConsumer(NotificationsDbContext db, BusinessMailer mailer)
    : IdempotentConsumer<TicketCreated, NotificationsDbContext>(db)
{
    protected override Task HandleAsync(TicketCreated message, CancellationToken cancellationToken) =>
        mailer.NotifyAsync(MessageId, new BusinessNotice(
            MailKinds.TicketCreated, MailCategories.Tickets, message.CustomerId, message.ObjectId, message.CreatedBy,
            language => new()
            {
                ["title"] = message.Title,
                ["priority"] = Labels.Of(message.Priority, language),
            }), cancellationToken);
}

public sealed class TicketStatusChangedConsumer(NotificationsDbContext db, BusinessMailer mailer)
    : IdempotentConsumer<TicketStatusChanged, NotificationsDbContext>(db)
{
    protected override Task HandleAsync(TicketStatusChanged message, CancellationToken cancellationToken) =>
        mailer.NotifyAsync(MessageId, new BusinessNotice(
            MailKinds.TicketStatusChanged, MailCategories.Tickets, message.CustomerId, message.ObjectId, message.ChangedBy,
            language => new()
            {
                ["title"] = message.Title,
                ["previousStatus"] = Labels.Of(message.PreviousStatus, language),
                ["status"] = Labels.Of(message.Status, language),
            }), cancellationToken);
}

public sealed class TicketCommentAddedConsumer(NotificationsDbContext db, BusinessMailer mailer)
    : IdempotentConsumer<TicketCommentAdded, NotificationsDbContext>(db)
{
    protected override Task HandleAsync(TicketCommentAdded message, CancellationToken cancellationToken) =>
        mailer.NotifyAsync(MessageId, new BusinessNotice(
            MailKinds.TicketCommentAdded, MailCategories.Tickets, message.CustomerId, message.ObjectId, message.AuthorId,
            language => new()
            {
                ["title"] = message.Title,
                ["comment"] = message.Text,
            }), cancellationToken);
}
