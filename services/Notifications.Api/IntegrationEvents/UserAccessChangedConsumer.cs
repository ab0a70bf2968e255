using Notifications.Api.Infrastructure;
using Notifications.Api.Model;
using Portal.Contracts.Identity;
using Portal.ServiceDefaults.Messaging;

namespace Notifications.Api.IntegrationEvents;

/// <summary>Keeps <see cref="Recipient"/> current: the event carries a user's whole scope every time.</summary>
public sealed class UserAccessChangedConsumer(NotificationsDbContext db)
    : IdempotentConsumer<UserAccessChanged, NotificationsDbContext>(db)
{
    protected override async Task HandleAsync(UserAccessChanged message, CancellationToken cancellationToken)
    {
        var recipient = await RecipientContacts.RememberAsync(
            Db, message.UserId, message.OrganizationId, message.Email, message.Language, message.FirstName, message.LastName, cancellationToken,
            outdated: known => message.IsOlderThan(known.AccessVersion));
        if (recipient is null)
        {
            return;
        }

        recipient.AccessVersion = message.Version;
        recipient.OrganizationId = message.OrganizationId;
        recipient.OrganizationKind = message.OrganizationKind;
        recipient.Role = message.Role;
        recipient.PortalAreas = [.. message.PortalAreas];
        recipient.ObjectIds = [.. message.ObjectIds];
        recipient.Active = message.Active;
        recipient.Deactivated = message.Deactivated;
        recipient.AllCustomers = message.AllCustomers;
        recipient.CustomerIds = [.. message.CustomerIds];
        recipient.DepartmentIds = [.. message.DepartmentIds];
    }
}
