using Notifications.Api.Infrastructure;
using Notifications.Api.Mailing;
using Portal.Contracts.Identity;
using Portal.ServiceDefaults.Messaging;

namespace Notifications.Api.IntegrationEvents;

/// <summary>The invitation mail: an account mail, always sent, in the invitee's language.</summary>
public sealed class InvitationCreatedConsumer(NotificationsDbContext db, MailComposer composer)
    : IdempotentConsumer<InvitationCreated, NotificationsDbContext>(db)
{
    protected override async Task HandleAsync(InvitationCreated message, CancellationToken cancellationToken)
    {
        await RecipientContacts.RememberAsync(
            Db, message.UserId, message.OrganizationId, message.Email, message.Language, message.FirstName, message.LastName, cancellationToken);
        await composer.ComposeAsync(
            MessageId, message.UserId, message.Email, MailKinds.Invitation, message.Language,
            new Dictionary<string, string>
            {
                ["firstName"] = message.FirstName,
                ["lastName"] = message.LastName,
                ["acceptUrl"] = message.AcceptUrl,
                ["expiresAt"] = MailComposer.FormatTime(message.ExpiresAt, message.Language),
            },
            message.OrganizationId);
    }
}
