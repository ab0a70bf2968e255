using Portal.Contracts.Identity;

namespace Notifications.Api.Tests.Infrastructure;

/// <summary>A customer's user as notifications has heard of them from identity.</summary>
public sealed record CustomerUser(Guid Id, Guid CustomerId, string Email, string Language);

/// <summary>Plays identity: makes users known to notifications and waits until it has taken them in.</summary>
public static class CustomerUsers
{
    /// <summary>
    /// A user of <paramref name="customerId"/>; by default with access to every portal area and object.
    /// <paramref name="active"/> false without <paramref name="deactivated"/> is an employee without access.
    /// </summary>
    public static async Task<CustomerUser> KnownUserAsync(
        this NotificationsApp app, Guid customerId, string language = "de", IReadOnlyList<string>? portalAreas = null,
        IReadOnlyList<Guid>? objectIds = null, bool active = true, bool deactivated = false, string role = "member")
    {
        var user = new CustomerUser(Guid.NewGuid(), customerId, AccountEvents.UniqueAddress(), language);
        var messageId = await app.Events.PublishAsync(new UserAccessChanged(
            user.Id, customerId, "customer", role, [], false, [], [], portalAreas ?? PortalAreas.All, objectIds ?? [], active,
            user.Email, language, "Kim", "Lee", deactivated));
        await app.HandledAsync(messageId);
        return user;
    }

    /// <summary>Waits until notifications has handled the message (its consumer committed).</summary>
    public static async Task HandledAsync(this NotificationsApp app, Guid messageId) =>
        await Eventually.ReturnsAsync(
            () => app.Database.ScalarAsync<long>("SELECT count(*) FROM processed_messages WHERE message_id = $1", messageId),
            count => count >= 1,
            because: $"notifications to handle message {messageId}");

    public static Task<long> MailsRecordedToAsync(this NotificationsApp app, string address) =>
        app.Database.ScalarAsync<long>("SELECT count(*) FROM mails WHERE recipient = $1", address);
}
