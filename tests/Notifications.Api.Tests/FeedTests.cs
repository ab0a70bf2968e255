using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Notifications.Api.Tests.Infrastructure;

namespace Notifications.Api.Tests;

[Collection(NotificationsCollection.Name)]
public sealed class FeedTests(NotificationsApp app)
{
    [Fact]
    public async Task AnInvitationAlsoLandsUnreadInTheInviteesFeed()
    {
        var invitation = AccountEvents.Invitation("de");
        await app.Events.PublishAsync(invitation);

        var feed = await FeedOfAsync(invitation.UserId, f => f.GetProperty("items").GetArrayLength() > 0);

        var item = Assert.Single(feed.GetProperty("items").EnumerateArray());
        Assert.Equal("Einladung zum Kundenportal", item.GetProperty("title").GetString());
        Assert.False(item.GetProperty("read").GetBoolean());
        Assert.Equal(1, feed.GetProperty("unreadCount").GetInt32());
    }

    [Fact]
    public async Task MarkingAnItemReadLowersTheUnreadCount()
    {
        var invitation = AccountEvents.Invitation("en");
        await app.Events.PublishAsync(invitation);
        var feed = await FeedOfAsync(invitation.UserId, f => f.GetProperty("unreadCount").GetInt32() == 1);
        var itemId = feed.GetProperty("items")[0].GetProperty("id").GetGuid();

        using var marked = await app.SendAsync(HttpMethod.Post, $"/api/notifications/me/feed/{itemId}/read", UserTokens.CustomerUser(invitation.UserId));

        Assert.Equal(HttpStatusCode.NoContent, marked.StatusCode);
        using var count = await app.SendAsync(HttpMethod.Get, "/api/notifications/me/feed/unread-count", UserTokens.CustomerUser(invitation.UserId));
        Assert.Equal(0, (await count.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("unreadCount").GetInt32());
        var after = await FeedOfAsync(invitation.UserId, _ => true);
        Assert.True(after.GetProperty("items")[0].GetProperty("read").GetBoolean());
    }

    [Fact]
    public async Task SomeoneElsesFeedItemIsNotFoundAndStaysUnread()
    {
        var invitation = AccountEvents.Invitation("en");
        await app.Events.PublishAsync(invitation);
        var feed = await FeedOfAsync(invitation.UserId, f => f.GetProperty("unreadCount").GetInt32() == 1);
        var itemId = feed.GetProperty("items")[0].GetProperty("id").GetGuid();
        var stranger = Guid.NewGuid();

        using var marked = await app.SendAsync(HttpMethod.Post, $"/api/notifications/me/feed/{itemId}/read", UserTokens.CustomerUser(stranger));

        Assert.Equal(HttpStatusCode.NotFound, marked.StatusCode);
        Assert.Equal(0, (await FeedOfAsync(stranger, _ => true)).GetProperty("items").GetArrayLength());
        Assert.Equal(1, (await FeedOfAsync(invitation.UserId, _ => true)).GetProperty("unreadCount").GetInt32());
    }

    [Fact]
    public async Task TheFeedNeedsASignedInUser()
    {
        using var response = await app.SendAsync(HttpMethod.Get, "/api/notifications/me/feed", token: null);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    private Task<JsonElement> FeedOfAsync(Guid userId, Func<JsonElement, bool> done) =>
        Eventually.ReturnsAsync(
            async () =>
            {
                using var response = await app.SendAsync(HttpMethod.Get, "/api/notifications/me/feed", UserTokens.CustomerUser(userId));
                Assert.Equal(HttpStatusCode.OK, response.StatusCode);
                return await response.Content.ReadFromJsonAsync<JsonElement>();
            },
            done,
            because: $"the feed of {userId}");
}
