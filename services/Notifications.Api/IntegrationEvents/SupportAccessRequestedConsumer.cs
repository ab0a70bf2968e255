using Microsoft.EntityFrameworkCore;
using Notifications.Api.Infrastructure;
using Notifications.Api.Mailing;
using Portal.Contracts.Identity;
using Portal.Contracts.Security;
using Portal.ServiceDefaults.Messaging;

namespace Notifications.Api.IntegrationEvents;

/// <summary>
/// A support access request goes to every active administrator of the customer, as a mail that cannot be switched
/// off (it is the customer's decision about its own data) and in their feed, each in their language.
/// </summary>
public sealed class SupportAccessRequestedConsumer(NotificationsDbContext db, MailComposer composer)
    : IdempotentConsumer<SupportAccessRequested, NotificationsDbContext>(db)
{
    /// <summary>The customer role that answers support access requests (team management).</summary>
    private const string CustomerAdministrator = "administrator";

    protected override async Task HandleAsync(SupportAccessRequested message, CancellationToken cancellationToken)
    {
        var administrators = await Db.Recipients.AsNoTracking()
            .Where(r => r.OrganizationId == message.CustomerId && r.OrganizationKind == OrganizationKinds.Customer
                && r.Role == CustomerAdministrator && r.Active && !r.Deactivated && r.Email != null)
            .ToListAsync(cancellationToken);
        foreach (var administrator in administrators)
        {
            var language = administrator.Language ?? "de";
            await composer.ComposeAsync(
                MessageId, administrator.UserId, administrator.Email!, MailKinds.SupportAccessRequested, language,
                new Dictionary<string, string>
                {
                    ["firstName"] = administrator.FirstName ?? "",
                    ["lastName"] = administrator.LastName ?? "",
                    ["requestedBy"] = message.RequestedBy,
                    ["providerName"] = message.ProviderName,
                    ["reason"] = message.Reason,
                    ["duration"] = Labels.Duration(message.DurationMinutes, language),
                    ["access"] = Labels.Of(message.FullAccess ? "support-access.full" : "support-access.read-only", language),
                    ["answerUrl"] = message.AnswerUrl,
                },
                message.CustomerId);
        }
    }
}
