using Notifications.Api.Infrastructure;
using Notifications.Api.Mailing;
using Portal.Contracts.Identity;
using Portal.ServiceDefaults.Messaging;

namespace Notifications.Api.IntegrationEvents;

// Account mails from identity's account events: always sent, whatever the user's categories say.

public sealed class PasswordResetRequestedConsumer(NotificationsDbContext db, MailComposer composer)
    : IdempotentConsumer<PasswordResetRequested, NotificationsDbContext>(db)
{
    protected override async Task HandleAsync(PasswordResetRequested message, CancellationToken cancellationToken) =>
        await composer.ComposeAsync(
            MessageId, message.UserId, message.Email, MailKinds.PasswordReset, message.Language,
            new Dictionary<string, string>
            {
                ["firstName"] = message.FirstName,
                ["lastName"] = message.LastName,
                ["resetUrl"] = message.ResetUrl,
                ["expiresAt"] = MailComposer.FormatTime(message.ExpiresAt, message.Language),
            },
            message.OrganizationId);
}

/// <summary>The verification goes to the new address: only its owner can confirm the change.</summary>
public sealed class EmailChangeRequestedConsumer(NotificationsDbContext db, MailComposer composer)
    : IdempotentConsumer<EmailChangeRequested, NotificationsDbContext>(db)
{
    protected override async Task HandleAsync(EmailChangeRequested message, CancellationToken cancellationToken) =>
        await composer.ComposeAsync(
            MessageId, message.UserId, message.NewEmail, MailKinds.EmailChangeVerification, message.Language,
            new Dictionary<string, string>
            {
                ["firstName"] = message.FirstName,
                ["lastName"] = message.LastName,
                ["newEmail"] = message.NewEmail,
                ["confirmUrl"] = message.ConfirmUrl,
                ["expiresAt"] = MailComposer.FormatTime(message.ExpiresAt, message.Language),
            },
            message.OrganizationId);
}

/// <summary>The notice goes to the old address, so that a hijacked account is noticed; mails go to the new one from now on.</summary>
public sealed class EmailChangedConsumer(NotificationsDbContext db, MailComposer composer)
    : IdempotentConsumer<EmailChanged, NotificationsDbContext>(db)
{
    protected override async Task HandleAsync(EmailChanged message, CancellationToken cancellationToken)
    {
        await RecipientContacts.RememberAsync(
            Db, message.UserId, message.OrganizationId, message.NewEmail, message.Language, message.FirstName, message.LastName, cancellationToken);
        await composer.ComposeAsync(
            MessageId, message.UserId, message.OldEmail, MailKinds.EmailChangedNotice, message.Language,
            new Dictionary<string, string>
            {
                ["firstName"] = message.FirstName,
                ["lastName"] = message.LastName,
                ["oldEmail"] = message.OldEmail,
                ["newEmail"] = message.NewEmail,
                ["reportUrl"] = message.ReportUrl,
            },
            message.OrganizationId);
    }
}

public sealed class UserDeactivatedConsumer(NotificationsDbContext db, MailComposer composer)
    : IdempotentConsumer<UserDeactivated, NotificationsDbContext>(db)
{
    protected override async Task HandleAsync(UserDeactivated message, CancellationToken cancellationToken)
    {
        // No business mails from now on, even before identity's access event arrives.
        var recipient = await RecipientContacts.RememberAsync(
            Db, message.UserId, message.OrganizationId, message.Email, message.Language, message.FirstName, message.LastName, cancellationToken);
        if (recipient is not null)
        {
            recipient.Deactivated = true;
            recipient.Active = false;
        }

        await composer.ComposeAsync(
            MessageId, message.UserId, message.Email, MailKinds.AccountDeactivated, message.Language,
            new Dictionary<string, string>
            {
                ["firstName"] = message.FirstName,
                ["lastName"] = message.LastName,
            },
            message.OrganizationId);
    }
}
