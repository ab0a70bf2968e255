using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Notifications.Api.Tests.Infrastructure;
using Portal.Contracts.Identity;

namespace Notifications.Api.Tests;

/// <summary>
/// E-mail categories chosen while a person is invited or imported become their preferences, and every change of
/// preferences is announced (EmailCategoriesChanged) for identity's copy.
/// </summary>
[Collection(NotificationsCollection.Name)]
public sealed class EmailCategoryEventsTests(NotificationsApp app)
{
    [Fact]
    public async Task CategoriesChosenAtInvitationBecomeThePersonsPreferencesAndAreAnnounced()
    {
        var customerId = Guid.NewGuid();
        var user = await app.KnownUserAsync(customerId, active: false);

        await app.HandledAsync(await app.Events.PublishAsync(new EmailCategoriesChosen(user.Id, [EmailCategories.Tickets, "gossip"])));
        using var response = await app.SendAsync(HttpMethod.Get, "/api/notifications/me/preferences", UserTokens.CustomerUser(user.Id));
        var categories = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("categories");
        var announced = await AnnouncedAsync(user.Id);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(categories.GetProperty("tickets").GetBoolean());
        Assert.False(categories.GetProperty("devices").GetBoolean());
        Assert.False(categories.GetProperty("videoSessions").GetBoolean());
        Assert.False(categories.GetProperty("codes").GetBoolean());
        Assert.Equal(["[\"tickets\"]"], announced);
    }

    [Fact]
    public async Task APersonsOwnChangeIsAnnouncedWithWhatIsOn()
    {
        var userId = Guid.NewGuid();

        using var response = await app.SendAsync(HttpMethod.Put, "/api/notifications/me/preferences", UserTokens.CustomerUser(userId),
            new { categories = new { devices = true, tickets = false, videoSessions = true, codes = false } });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(["[\"devices\", \"videoSessions\"]"], await AnnouncedAsync(userId));
    }

    [Fact]
    public async Task ACategoryChosenForSomeoneAlreadyDeletedKeepsNothing()
    {
        var user = await app.KnownUserAsync(Guid.NewGuid());
        await app.HandledAsync(await app.Events.PublishAsync(new UserDeleted(user.Id, user.CustomerId)));

        await app.HandledAsync(await app.Events.PublishAsync(new EmailCategoriesChosen(user.Id, [EmailCategories.Devices])));

        Assert.Equal(0, await app.Database.ScalarAsync<long>("SELECT count(*) FROM notification_preferences WHERE user_id = $1", user.Id));
        Assert.Empty(await AnnouncedAsync(user.Id));
    }

    private async Task<List<string>> AnnouncedAsync(Guid userId)
    {
        var rows = await app.Database.ScalarAsync<string>(
            "SELECT coalesce(json_agg(body->'categories')::text, '[]') FROM outbox_messages WHERE message_type = 'Portal.Contracts.Notifications.EmailCategoriesChanged' AND body->>'userId' = $1",
            userId.ToString());
        return [.. JsonDocument.Parse(rows).RootElement.EnumerateArray().Select(e => e.GetRawText())];
    }
}
