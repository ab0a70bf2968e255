using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Notifications.Api.Tests.Infrastructure;
using Portal.Contracts.Identity;

namespace Notifications.Api.Tests;

/// <summary>
/// A support access request reaches the customer's administrators, each in their language, by mail and in the
/// feed, with the link to answer it; the customer's other users and other customers' administrators get nothing.
/// </summary>
[Collection(NotificationsCollection.Name)]
public sealed class SupportAccessMailTests(NotificationsApp app)
{
    [Fact]
    public async Task TheCustomersAdministratorsAreAskedInTheirLanguageAndNobodyElse()
    {
        var customerId = Guid.NewGuid();
        var german = await app.KnownUserAsync(customerId, "de", role: "administrator");
        var english = await app.KnownUserAsync(customerId, "en", role: "administrator");
        var member = await app.KnownUserAsync(customerId, "en");
        var otherAdministrator = await app.KnownUserAsync(Guid.NewGuid(), "en", role: "administrator");
        var request = new SupportAccessRequested(
            Guid.NewGuid(), customerId, "Max Staff", "Wartung & Service GmbH", "Ticket 4711: the dashboard shows no devices",
            90, false, "http://portal.test/support-access", DateTimeOffset.UtcNow);

        await app.HandledAsync(await app.Events.PublishAsync(request));

        var toGerman = await app.Inbox.ExactlyOneToAsync(german.Email);
        var toEnglish = await app.Inbox.ExactlyOneToAsync(english.Email);
        Assert.Equal("Wartung & Service GmbH bittet darum, Ihr Kundenportal anzusehen", toGerman.Subject);
        Assert.Contains("Max Staff von Wartung & Service GmbH", toGerman.Text);
        Assert.Contains("für 1 h 30 min, nur lesen", toGerman.Text);
        Assert.Equal("Wartung & Service GmbH asks to view your customer portal", toEnglish.Subject);
        Assert.Contains("for 1 h 30 min, read-only", toEnglish.Text);
        foreach (var mail in new[] { toGerman, toEnglish })
        {
            Assert.Contains("Ticket 4711: the dashboard shows no devices", mail.Text);
            Assert.Contains(request.AnswerUrl, mail.Text);
            Assert.Contains($"href=\"{request.AnswerUrl}\"", mail.Html);
        }

        Assert.Equal(0, await app.MailsRecordedToAsync(member.Email));
        Assert.Equal(0, await app.MailsRecordedToAsync(otherAdministrator.Email));
        var feed = await FeedOfAsync(english.Id);
        Assert.Equal("Wartung & Service GmbH asks to view your customer portal", Assert.Single(feed.GetProperty("items").EnumerateArray()).GetProperty("title").GetString());
        Assert.Equal(0, (await FeedOfAsync(member.Id)).GetProperty("items").GetArrayLength());
    }

    private async Task<JsonElement> FeedOfAsync(Guid userId)
    {
        using var response = await app.SendAsync(HttpMethod.Get, "/api/notifications/me/feed", UserTokens.CustomerUser(userId));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }
}
