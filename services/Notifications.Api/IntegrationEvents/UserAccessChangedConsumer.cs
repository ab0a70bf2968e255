using Microsoft.EntityFrameworkCore;
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
        var recipient = await Db.Recipients.SingleOrDefaultAsync(r => r.UserId == message.UserId, cancellationToken);
        if (recipient is null)
        {
            recipient = new Recipient { UserId = message.UserId, OrganizationKind = message.OrganizationKind, Role = message.Role };
            Db.Recipients.Add(recipient);
        }

        recipient.OrganizationId = message.OrganizationId;
        recipient.OrganizationKind = message.OrganizationKind;
        recipient.Role = message.Role;
        recipient.PortalAreas = [.. message.PortalAreas];
        recipient.ObjectIds = [.. message.ObjectIds];
        recipient.Active = message.Active;
    }
}
