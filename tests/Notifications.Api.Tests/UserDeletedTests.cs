using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Notifications.Api.Tests.Infrastructure;
using Portal.Contracts.Assets;
using Portal.Contracts.Identity;

namespace Notifications.Api.Tests;

/// <summary>A deleted user is forgotten: no feed, no preferences, no address or content in the mail records, no more mails.</summary>
[Collection(NotificationsCollection.Name)]
public sealed class UserDeletedTests(NotificationsApp app)
{
    [Fact]
    public async Task ADeletedUsersFeedPreferencesAndMailContentsAreForgotten()
    {
        var customerId = Guid.NewGuid();
        var user = await app.KnownUserAsync(customerId, "en");
        using var off = await app.SendAsync(HttpMethod.Put, "/api/notifications/me/preferences", UserTokens.CustomerUser(user.Id, customerId),
            new { categories = new { devices = false, tickets = true, videoSessions = true, codes = true } });
        await app.HandledAsync(await app.Events.PublishAsync(new TicketCreated(Guid.NewGuid(), customerId, Guid.NewGuid(), null, Guid.NewGuid(), "Leck", "high", Guid.NewGuid())));
        await app.Inbox.ExactlyOneToAsync(user.Email);
        await Eventually.ReturnsAsync(
            () => app.Database.ScalarAsync<long>("SELECT count(*) FROM mails WHERE recipient = $1 AND status = 'Sent'", user.Email),
            sent => sent == 1, because: "the mail to be recorded as sent");

        await app.HandledAsync(await app.Events.PublishAsync(new UserDeleted(user.Id, customerId)));

        Assert.Equal(0, await app.MailsRecordedToAsync(user.Email));
        Assert.Equal(0, await app.Database.ScalarAsync<long>("SELECT count(*) FROM mails WHERE user_id = $1 OR html_body LIKE '%Leck%' AND organization_id = $2", user.Id, customerId));
        Assert.Equal("Sent", await app.Database.ScalarAsync<string>("SELECT status FROM mails WHERE organization_id = $1", customerId));
        Assert.Equal(0, await app.Database.ScalarAsync<long>("SELECT count(*) FROM recipients WHERE user_id = $1", user.Id));
        Assert.Equal(0, await app.Database.ScalarAsync<long>("SELECT count(*) FROM feed_items WHERE user_id = $1", user.Id));
        using var preferences = await app.SendAsync(HttpMethod.Get, "/api/notifications/me/preferences", UserTokens.CustomerUser(user.Id, customerId));
        Assert.True((await preferences.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("categories").GetProperty("devices").GetBoolean());
        using var mails = await app.SendAsync(HttpMethod.Get, "/api/notifications/mails", UserTokens.CustomerAdministrator(customerId));
        var row = Assert.Single((await mails.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("items").EnumerateArray());
        Assert.Equal("sent", row.GetProperty("status").GetString());
        Assert.DoesNotContain(user.Email, row.GetProperty("recipient").GetString());
    }

    [Fact]
    public async Task ADeletedUserGetsNoFurtherBusinessMails()
    {
        var customerId = Guid.NewGuid();
        var deleted = await app.KnownUserAsync(customerId, "de");
        var colleague = await app.KnownUserAsync(customerId, "de");

        await app.HandledAsync(await app.Events.PublishAsync(new UserDeleted(deleted.Id, customerId)));
        await app.HandledAsync(await app.Events.PublishAsync(new DeviceStatusChanged(Guid.NewGuid(), customerId, Guid.NewGuid(), Guid.NewGuid(), "Pumpe", "operational", "offline")));

        await app.Inbox.ExactlyOneToAsync(colleague.Email);
        Assert.Equal(0, await app.MailsRecordedToAsync(deleted.Email));
    }

    [Fact]
    public async Task AnAccessEventThatArrivesAfterTheDeletionDoesNotBringTheUserBack()
    {
        var customerId = Guid.NewGuid();
        var deleted = await app.KnownUserAsync(customerId, "en");
        var colleague = await app.KnownUserAsync(customerId, "en");
        await app.HandledAsync(await app.Events.PublishAsync(new UserDeleted(deleted.Id, customerId)));

        // Identity published this before the deletion; the broker delivered it late.
        await app.HandledAsync(await app.Events.PublishAsync(new UserAccessChanged(
            deleted.Id, customerId, "customer", "member", [], false, [], [], PortalAreas.All, [], false, deleted.Email, "en", "Kim", "Lee")));
        await app.HandledAsync(await app.Events.PublishAsync(new TicketCreated(Guid.NewGuid(), customerId, Guid.NewGuid(), null, Guid.NewGuid(), "Leck", "low", Guid.NewGuid())));

        await app.Inbox.ExactlyOneToAsync(colleague.Email);
        Assert.Equal(0, await app.MailsRecordedToAsync(deleted.Email));
        Assert.Equal(0, await app.Database.ScalarAsync<long>("SELECT count(*) FROM recipients WHERE user_id = $1", deleted.Id));
    }
}
