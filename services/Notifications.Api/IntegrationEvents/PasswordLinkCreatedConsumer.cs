using Notifications.Api.Infrastructure;
using Notifications.Api.Mailing;
using Portal.Contracts.Identity;
using Portal.ServiceDefaults.Messaging;

namespace Notifications.Api.IntegrationEvents;

/// <summary>The set-password mail: an account mail, always sent, in the user's language.</summary>
public sealed class PasswordLinkCreatedConsumer(NotificationsDbContext db, MailComposer composer)
    : IdempotentConsumer<PasswordLinkCreated, NotificationsDbContext>(db)
{
    protected override async Task HandleAsync(PasswordLinkCreated message, CancellationToken cancellationToken)
    {
        await RecipientContacts.RememberAsync(
            Db, message.UserId, message.OrganizationId, message.Email, message.Language, message.FirstName, message.LastName, cancellationToken);
        await composer.ComposeAsync(
            MessageId, message.UserId, message.Email, MailKinds.PasswordLink, message.Language,
            new Dictionary<string, string>
            {
                ["firstName"] = message.FirstName,
                ["lastName"] = message.LastName,
                ["setPasswordUrl"] = message.SetPasswordUrl,
                ["expiresAt"] = MailComposer.FormatTime(message.ExpiresAt, message.Language),
            },
            message.OrganizationId);
    }
}
