using Notifications.Api.Tests.Infrastructure;
using Portal.Contracts.Assets;
using Portal.Contracts.Identity;

namespace Notifications.Api.Tests;

/// <summary>Identity's access events may arrive out of order (a retried delivery); the newest one stays.</summary>
[Collection(NotificationsCollection.Name)]
public sealed class AccessVersionTests(NotificationsApp app)
{
    [Fact]
    public async Task AnOlderAccessEventArrivingLateDoesNotSendMailsToTheOldAddressAgain()
    {
        var customerId = Guid.NewGuid();
        var userId = Guid.NewGuid();
        var (oldAddress, newAddress) = (AccountEvents.UniqueAddress(), AccountEvents.UniqueAddress());
        await app.HandledAsync(await app.Events.PublishAsync(Access(userId, customerId, newAddress, version: 2)));
        // Version 1, from before the e-mail change, was retried after version 2 went through.
        await app.HandledAsync(await app.Events.PublishAsync(Access(userId, customerId, oldAddress, version: 1)));

        await app.HandledAsync(await app.Events.PublishAsync(new TicketCreated(Guid.NewGuid(), customerId, Guid.NewGuid(), null, Guid.NewGuid(), "Leck", "low", Guid.NewGuid())));

        await app.Inbox.ExactlyOneToAsync(newAddress);
        Assert.Equal(0, await app.MailsRecordedToAsync(oldAddress));
    }

    private static UserAccessChanged Access(Guid userId, Guid customerId, string email, long version) =>
        new(userId, customerId, "customer", "member", [], false, [], [], PortalAreas.All, [], true, email, "en", "Kim", "Lee", Version: version);
}
