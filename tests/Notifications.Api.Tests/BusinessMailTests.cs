using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Notifications.Api.Tests.Infrastructure;
using Portal.Contracts.Assets;
using Portal.Contracts.Identity;

namespace Notifications.Api.Tests;

/// <summary>Who gets the business mails of a customer's devices, tickets, video sessions and codes.</summary>
[Collection(NotificationsCollection.Name)]
public sealed class BusinessMailTests(NotificationsApp app)
{
    private static readonly Guid ProviderId = Guid.NewGuid();

    [Fact]
    public async Task ATicketIsMailedOnlyToTheCustomersUsersWhoMaySeeItAndWantIt()
    {
        var customerId = Guid.NewGuid();
        var objectId = Guid.NewGuid();
        var everything = await app.KnownUserAsync(customerId, "de");
        var assignedToIt = await app.KnownUserAsync(customerId, "en", objectIds: [objectId]);
        var withoutAccess = await app.KnownUserAsync(customerId, "de", active: false);
        var otherObject = await app.KnownUserAsync(customerId, objectIds: [Guid.NewGuid()]);
        var noTicketsArea = await app.KnownUserAsync(customerId, portalAreas: [PortalAreas.Devices]);
        var deactivated = await app.KnownUserAsync(customerId, active: false, deactivated: true);
        var ticketsOff = await app.KnownUserAsync(customerId);
        await SwitchOffAsync(ticketsOff, "tickets");
        var creator = await app.KnownUserAsync(customerId);
        var otherCustomer = await app.KnownUserAsync(Guid.NewGuid());

        var messageId = await app.Events.PublishAsync(new TicketCreated(
            Guid.NewGuid(), customerId, objectId, null, ProviderId, "Heizung fällt aus", "urgent", creator.Id));
        await app.HandledAsync(messageId);

        var german = await app.Inbox.ExactlyOneToAsync(everything.Email);
        Assert.Equal("Neuer Servicefall: Heizung fällt aus", german.Subject);
        Assert.Contains("Priorität: Dringend", german.Text);
        var english = await app.Inbox.ExactlyOneToAsync(assignedToIt.Email);
        Assert.Equal("New ticket: Heizung fällt aus", english.Subject);
        Assert.Contains("priority: Urgent", english.Html);
        await app.Inbox.ExactlyOneToAsync(withoutAccess.Email);
        foreach (var nobody in new[] { otherObject, noTicketsArea, deactivated, ticketsOff, creator, otherCustomer })
        {
            Assert.Equal(0, await app.MailsRecordedToAsync(nobody.Email));
            Assert.Empty(await app.Inbox.ToAsync(nobody.Email));
        }
    }

    [Fact]
    public async Task EveryRecipientAlsoFindsTheNotificationInTheirFeed()
    {
        var customerId = Guid.NewGuid();
        var user = await app.KnownUserAsync(customerId, "en");

        var messageId = await app.Events.PublishAsync(new VideoSessionScheduled(
            Guid.NewGuid(), customerId, Guid.NewGuid(), null, null, ProviderId, new DateTimeOffset(2026, 12, 1, 9, 30, 0, TimeSpan.Zero), []));
        await app.HandledAsync(messageId);

        using var response = await app.SendAsync(HttpMethod.Get, "/api/notifications/me/feed", UserTokens.CustomerUser(user.Id, customerId));
        var feed = await response.Content.ReadFromJsonAsync<JsonElement>();
        var item = Assert.Single(feed.GetProperty("items").EnumerateArray());
        Assert.Equal("Video session scheduled for 2026-12-01 09:30 UTC", item.GetProperty("title").GetString());
        Assert.Equal("video-session-scheduled", item.GetProperty("kind").GetString());
    }

    public static TheoryData<string, string, string> Kinds => new()
    {
        { "device-registered", "Neues Gerät: Kessel 1", "New device: Kessel 1" },
        { "device-status-changed", "Gerät Kessel 1: Störung", "Device Kessel 1: Fault" },
        { "device-code-regenerated", "Neuer Code für ein Gerät: C0DE42", "New code for a device: C0DE42" },
        { "ticket-status-changed", "Servicefall Leck: Gelöst", "Ticket Leck: Resolved" },
        { "ticket-comment-added", "Neuer Kommentar zum Servicefall Leck", "New comment on the ticket Leck" },
        { "video-session-changed", "Video-Session am 01.12.2026 09:30 Uhr (UTC): Abgesagt", "Video session at 2026-12-01 09:30 UTC: Cancelled" },
    };

    [Theory]
    [MemberData(nameof(Kinds))]
    public async Task EachBusinessMailArrivesInTheRecipientsLanguageWithAnUnsubscribeLink(string kind, string germanSubject, string englishSubject)
    {
        var customerId = Guid.NewGuid();
        var objectId = Guid.NewGuid();
        var german = await app.KnownUserAsync(customerId, "de");
        var english = await app.KnownUserAsync(customerId, "en");

        await PublishAsync(kind, customerId, objectId);

        var germanMail = await app.Inbox.ExactlyOneToAsync(german.Email);
        Assert.Equal(germanSubject, germanMail.Subject);
        Assert.Contains("Hallo Kim Lee", germanMail.Text);
        Assert.Contains("Diese Benachrichtigungen abbestellen", germanMail.Html);
        var englishMail = await app.Inbox.ExactlyOneToAsync(english.Email);
        Assert.Equal(englishSubject, englishMail.Subject);
        Assert.Contains("Hello Kim Lee", englishMail.Text);
        Assert.DoesNotContain("{{", englishMail.Text, StringComparison.Ordinal);
        Assert.Contains("Unsubscribe from these notifications", englishMail.Html);
        var headers = await app.Inbox.HeadersOfAsync(englishMail);
        var link = UnsubscribeLink(englishMail, headers);
        Assert.Contains(link, englishMail.Text);
        Assert.Equal("List-Unsubscribe=One-Click", headers["List-Unsubscribe-Post"]);
    }

    [Fact]
    public async Task ADeviceWithoutModelOrSerialNumberIsAnnouncedWithoutEmptyDetails()
    {
        var customerId = Guid.NewGuid();
        var user = await app.KnownUserAsync(customerId, "en");

        await app.Events.PublishAsync(new DeviceRegistered(Guid.NewGuid(), customerId, Guid.NewGuid(), ProviderId, "Pumpe 7", null, null, "operational", "PUMP77"));

        var mail = await app.Inbox.ExactlyOneToAsync(user.Email);
        Assert.Contains("The device “Pumpe 7” was registered for your company. Its code: PUMP77.", mail.Text);
        Assert.DoesNotContain("model:", mail.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OneClickOnTheLinkSwitchesThatCategoryOffAndNoFurtherMailOfItComes()
    {
        var customerId = Guid.NewGuid();
        var user = await app.KnownUserAsync(customerId, "en");
        await PublishAsync("ticket-status-changed", customerId, Guid.NewGuid());
        var mail = await app.Inbox.ExactlyOneToAsync(user.Email);
        var link = new Uri(UnsubscribeLink(mail, await app.Inbox.HeadersOfAsync(mail)));
        Assert.StartsWith(UserTokens.PublicUrl + "/api/notifications/unsubscribe?token=", link.ToString());

        // What a mail client does for List-Unsubscribe-Post (RFC 8058): no sign-in, the token is the proof.
        using var post = await app.Client.PostAsync(link.PathAndQuery, new FormUrlEncodedContent([new("List-Unsubscribe", "One-Click")]));

        Assert.Equal(HttpStatusCode.OK, post.StatusCode);
        var answer = await post.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("tickets", answer.GetProperty("category").GetString());
        Assert.False(answer.GetProperty("subscribed").GetBoolean());
        var categories = await CategoriesOfAsync(user);
        Assert.False(categories.GetProperty("tickets").GetBoolean());
        Assert.True(categories.GetProperty("devices").GetBoolean());

        var ticket = await PublishAsync("ticket-comment-added", customerId, Guid.NewGuid());
        await app.HandledAsync(ticket);
        var device = await PublishAsync("device-status-changed", customerId, Guid.NewGuid());
        await app.HandledAsync(device);
        await Eventually.ReturnsAsync(() => app.Inbox.ToAsync(user.Email), mails => mails.Count == 2, because: "the device mail");
        Assert.DoesNotContain(await app.Inbox.ToAsync(user.Email), m => m.Subject.StartsWith("New comment", StringComparison.Ordinal));
    }

    [Fact]
    public async Task OpeningTheLinkWithGetChangesNothing()
    {
        var customerId = Guid.NewGuid();
        var user = await app.KnownUserAsync(customerId, "de");
        await PublishAsync("device-code-regenerated", customerId, Guid.NewGuid());
        var mail = await app.Inbox.ExactlyOneToAsync(user.Email);
        var link = new Uri(UnsubscribeLink(mail, await app.Inbox.HeadersOfAsync(mail)));

        using var get = await app.Client.GetAsync(link.PathAndQuery);
        using var page = new HttpRequestMessage(HttpMethod.Get, link.PathAndQuery);
        page.Headers.Accept.ParseAdd("text/html");
        using var html = await app.Client.SendAsync(page);

        Assert.Equal(HttpStatusCode.OK, get.StatusCode);
        var shown = await get.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("codes", shown.GetProperty("category").GetString());
        Assert.True(shown.GetProperty("subscribed").GetBoolean());
        Assert.Contains("<form method=\"post\">", await html.Content.ReadAsStringAsync());
        Assert.True((await CategoriesOfAsync(user)).GetProperty("codes").GetBoolean());
    }

    [Theory]
    [InlineData("")]
    [InlineData("not-a-token")]
    [InlineData("AAAAAAAAAAAAAAAAAAAAAHRpY2tldHM.AAAAAAAAAAAAAAAAAAAAAA")]
    [InlineData("%%%.%%%")]
    public async Task AForgedOrMangledLinkIsRefusedWithTheReason(string token)
    {
        using var post = await app.Client.PostAsync($"/api/notifications/unsubscribe?token={Uri.EscapeDataString(token)}", null);
        using var get = await app.Client.GetAsync($"/api/notifications/unsubscribe?token={Uri.EscapeDataString(token)}");

        foreach (var response in new[] { post, get })
        {
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
            Assert.True(problem.GetProperty("errors").TryGetProperty("token", out _));
        }
    }

    private async Task<Guid> PublishAsync(string kind, Guid customerId, Guid objectId)
    {
        var scheduledAt = new DateTimeOffset(2026, 12, 1, 9, 30, 0, TimeSpan.Zero);
        var actor = Guid.NewGuid();
        return kind switch
        {
            "device-registered" => await app.Events.PublishAsync(new DeviceRegistered(Guid.NewGuid(), customerId, objectId, ProviderId, "Kessel 1", "SN-1", "K-200", "operational", "K3SS3L")),
            "device-status-changed" => await app.Events.PublishAsync(new DeviceStatusChanged(Guid.NewGuid(), customerId, objectId, ProviderId, "Kessel 1", "operational", "fault")),
            "device-code-regenerated" => await app.Events.PublishAsync(new DeviceCodeRegenerated(Guid.NewGuid(), customerId, objectId, ProviderId, "C0DE42")),
            "ticket-status-changed" => await app.Events.PublishAsync(new TicketStatusChanged(Guid.NewGuid(), customerId, objectId, null, ProviderId, "Leck", "open", "resolved", actor)),
            "ticket-comment-added" => await app.Events.PublishAsync(new TicketCommentAdded(Guid.NewGuid(), Guid.NewGuid(), customerId, objectId, null, ProviderId, "Leck", actor, "Techniker kommt morgen.")),
            "video-session-changed" => await app.Events.PublishAsync(new VideoSessionChanged(Guid.NewGuid(), customerId, objectId, null, null, ProviderId, "scheduled", "cancelled", scheduledAt)),
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
        };
    }

    /// <summary>The https/http URL in the List-Unsubscribe header, between its angle brackets.</summary>
    private static string UnsubscribeLink(ReceivedMail mail, IReadOnlyDictionary<string, string> headers)
    {
        Assert.True(headers.TryGetValue("List-Unsubscribe", out var header), $"no List-Unsubscribe header on \"{mail.Subject}\"");
        var start = header.IndexOf('<', StringComparison.Ordinal);
        var end = header.IndexOf('>', StringComparison.Ordinal);
        Assert.True(start >= 0 && end > start, $"List-Unsubscribe is \"{header}\"");
        return header[(start + 1)..end];
    }

    private async Task SwitchOffAsync(CustomerUser user, string category)
    {
        var categories = new Dictionary<string, bool> { ["devices"] = true, ["tickets"] = true, ["videoSessions"] = true, ["codes"] = true };
        categories[category] = false;
        using var response = await app.SendAsync(HttpMethod.Put, "/api/notifications/me/preferences", UserTokens.CustomerUser(user.Id, user.CustomerId), new { categories });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    private async Task<JsonElement> CategoriesOfAsync(CustomerUser user)
    {
        using var response = await app.SendAsync(HttpMethod.Get, "/api/notifications/me/preferences", UserTokens.CustomerUser(user.Id, user.CustomerId));
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("categories");
    }
}
