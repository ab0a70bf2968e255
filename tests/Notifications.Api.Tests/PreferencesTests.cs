using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Notifications.Api.Tests.Infrastructure;

namespace Notifications.Api.Tests;

[Collection(NotificationsCollection.Name)]
public sealed class PreferencesTests(NotificationsApp app)
{
    [Fact]
    public async Task EveryCategoryIsOnUntilTheUserChangesIt()
    {
        var categories = await CategoriesOfAsync(Guid.NewGuid());

        Assert.True(categories.GetProperty("devices").GetBoolean());
        Assert.True(categories.GetProperty("tickets").GetBoolean());
        Assert.True(categories.GetProperty("videoSessions").GetBoolean());
        Assert.True(categories.GetProperty("codes").GetBoolean());
    }

    [Fact]
    public async Task AUsersOwnChangeIsKeptForThemAlone()
    {
        var userId = Guid.NewGuid();
        var colleague = Guid.NewGuid();

        using var response = await app.SendAsync(HttpMethod.Put, "/api/notifications/me/preferences", UserTokens.CustomerUser(userId),
            new { categories = new { devices = true, tickets = false, videoSessions = true, codes = false } });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var mine = await CategoriesOfAsync(userId);
        Assert.False(mine.GetProperty("tickets").GetBoolean());
        Assert.False(mine.GetProperty("codes").GetBoolean());
        Assert.True(mine.GetProperty("devices").GetBoolean());
        Assert.True((await CategoriesOfAsync(colleague)).GetProperty("tickets").GetBoolean());
    }

    [Fact]
    public async Task AMissingCategoryIsRejectedByName()
    {
        var userId = Guid.NewGuid();

        using var response = await app.SendAsync(HttpMethod.Put, "/api/notifications/me/preferences", UserTokens.CustomerUser(userId),
            new { categories = new { devices = false, tickets = false } });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.True(errors.TryGetProperty("categories.videoSessions", out _));
        Assert.True(errors.TryGetProperty("categories.codes", out _));
        Assert.True((await CategoriesOfAsync(userId)).GetProperty("devices").GetBoolean());
    }

    [Fact]
    public async Task AMalformedBodyIsABadRequestNotAServerError()
    {
        using var request = new HttpRequestMessage(HttpMethod.Put, "/api/notifications/me/preferences")
        {
            Content = new StringContent("{\"categories\": {\"devices\": \"perhaps\"}}", Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = new("Bearer", UserTokens.CustomerUser(Guid.NewGuid()));

        using var response = await app.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task AccountMailsArriveEvenWithEveryCategoryOff()
    {
        var passwordLink = AccountEvents.PasswordLink("en");
        using var response = await app.SendAsync(HttpMethod.Put, "/api/notifications/me/preferences", UserTokens.CustomerUser(passwordLink.UserId),
            new { categories = new { devices = false, tickets = false, videoSessions = false, codes = false } });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);

        await app.Events.PublishAsync(passwordLink);

        var mail = await app.Inbox.ExactlyOneToAsync(passwordLink.Email);
        Assert.Contains(passwordLink.SetPasswordUrl, mail.Text);
    }

    private async Task<JsonElement> CategoriesOfAsync(Guid userId)
    {
        using var response = await app.SendAsync(HttpMethod.Get, "/api/notifications/me/preferences", UserTokens.CustomerUser(userId));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("categories");
    }
}
