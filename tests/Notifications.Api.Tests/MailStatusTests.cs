using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Notifications.Api.Tests.Infrastructure;
using Portal.Contracts.Assets;
using Portal.Contracts.Organizations;
using Portal.Contracts.Security;

namespace Notifications.Api.Tests;

/// <summary>Delivery status: users see their own mails, administrators those of the organizations they administer, nobody more.</summary>
[Collection(NotificationsCollection.Name)]
public sealed class MailStatusTests(NotificationsApp app)
{
    [Fact]
    public async Task AUserSeesTheirOwnMailAsSent()
    {
        var customerId = Guid.NewGuid();
        var user = await app.KnownUserAsync(customerId, "en");
        await TicketForAsync(customerId);
        await app.Inbox.ExactlyOneToAsync(user.Email);

        var page = await Eventually.ReturnsAsync(
            () => GetAsync("/api/notifications/me/mails", UserTokens.CustomerUser(user.Id, customerId)),
            p => p.GetProperty("items").EnumerateArray().Any(m => m.GetProperty("status").GetString() == "sent"),
            because: "the mail to show as sent");

        var mail = Assert.Single(page.GetProperty("items").EnumerateArray());
        Assert.Equal("ticket-created", mail.GetProperty("kind").GetString());
        Assert.Equal("tickets", mail.GetProperty("category").GetString());
        Assert.Equal(user.Email, mail.GetProperty("recipient").GetString());
        Assert.Equal(user.Id, mail.GetProperty("recipientUserId").GetGuid());
        Assert.Equal("en", mail.GetProperty("language").GetString());
        Assert.True(mail.GetProperty("attempts").GetInt32() >= 1);
        Assert.NotEqual(JsonValueKind.Null, mail.GetProperty("sentAt").ValueKind);
    }

    [Fact]
    public async Task ACustomerAdministratorSeesTheirEmployeesMailsAndNoOtherCustomers()
    {
        var customerId = Guid.NewGuid();
        var employee = await app.KnownUserAsync(customerId, "de");
        var otherCustomerId = Guid.NewGuid();
        var stranger = await app.KnownUserAsync(otherCustomerId, "de");
        await TicketForAsync(customerId);
        await TicketForAsync(otherCustomerId);
        await app.Inbox.ExactlyOneToAsync(employee.Email);
        await app.Inbox.ExactlyOneToAsync(stranger.Email);

        var own = await GetAsync($"/api/notifications/mails?recipientUserId={employee.Id}", UserTokens.CustomerAdministrator(customerId));
        var all = await GetAsync("/api/notifications/mails", UserTokens.CustomerAdministrator(customerId));
        var other = await GetAsync($"/api/notifications/mails?recipientUserId={employee.Id}", UserTokens.CustomerAdministrator(otherCustomerId));

        Assert.Equal(employee.Email, Assert.Single(own.GetProperty("items").EnumerateArray()).GetProperty("recipient").GetString());
        Assert.DoesNotContain(all.GetProperty("items").EnumerateArray(), m => m.GetProperty("recipient").GetString() == stranger.Email);
        Assert.Empty(other.GetProperty("items").EnumerateArray());
        Assert.Equal(0, other.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task ProviderStaffSeeTheirCustomersMailsButNotAnotherProviders()
    {
        var providerId = Guid.NewGuid();
        var customerId = Guid.NewGuid();
        await app.HandledAsync(await app.Events.PublishAsync(new CustomerCreated(customerId, providerId, "Acme", $"acme-{customerId:N}", "corporate", null, false)));
        var employee = await app.KnownUserAsync(customerId, "de");
        await TicketForAsync(customerId);
        await app.Inbox.ExactlyOneToAsync(employee.Email);

        var staff = await GetAsync($"/api/notifications/mails?recipientUserId={employee.Id}", UserTokens.ProviderStaff(providerId, Permissions.UsersRead));
        var otherProvider = await GetAsync($"/api/notifications/mails?recipientUserId={employee.Id}", UserTokens.ProviderStaff(Guid.NewGuid(), Permissions.UsersRead));

        Assert.Single(staff.GetProperty("items").EnumerateArray());
        Assert.Empty(otherProvider.GetProperty("items").EnumerateArray());
    }

    [Fact]
    public async Task CallersWhoAdministerNoOneAreForbidden()
    {
        var customerId = Guid.NewGuid();

        using var member = await app.SendAsync(HttpMethod.Get, "/api/notifications/mails", UserTokens.CustomerUser(Guid.NewGuid(), customerId));
        using var staffWithoutPermission = await app.SendAsync(HttpMethod.Get, "/api/notifications/mails", UserTokens.ProviderStaff(Guid.NewGuid(), Permissions.DevicesRead));
        using var anonymous = await app.SendAsync(HttpMethod.Get, "/api/notifications/mails", null);

        Assert.Equal(HttpStatusCode.Forbidden, member.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, staffWithoutPermission.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
    }

    [Theory]
    [InlineData("/api/notifications/mails?status=lost", "status")]
    [InlineData("/api/notifications/mails?page=0", "page")]
    [InlineData("/api/notifications/mails?page=abc", "page")]
    [InlineData("/api/notifications/mails?recipientUserId=nobody", "recipientUserId")]
    [InlineData("/api/notifications/me/mails?status=SENT", "status")]
    public async Task BadFiltersAreRefusedWithTheField(string path, string field)
    {
        using var response = await app.SendAsync(HttpMethod.Get, path, UserTokens.CustomerAdministrator(Guid.NewGuid()));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task AMailHeldBackWhileSmtpIsDownShowsAsFailedRetrying()
    {
        var customerId = Guid.NewGuid();
        var user = await app.KnownUserAsync(customerId, "de");
        await app.App.StopResourceAsync(Portal.Contracts.ResourceNames.MailDev);
        try
        {
            await TicketForAsync(customerId);

            await Eventually.ReturnsAsync(
                () => GetAsync("/api/notifications/me/mails?status=failed-retrying", UserTokens.CustomerUser(user.Id, customerId)),
                p => p.GetProperty("total").GetInt32() == 1,
                because: "the mail to be shown as failed and retrying");
        }
        finally
        {
            await app.App.StartResourceAsync(Portal.Contracts.ResourceNames.MailDev);
            using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(1));
            await app.App.ResourceNotifications.WaitForResourceHealthyAsync(Portal.Contracts.ResourceNames.MailDev, timeout.Token);
        }

        await app.Inbox.ExactlyOneToAsync(user.Email);
    }

    private async Task TicketForAsync(Guid customerId) =>
        await app.HandledAsync(await app.Events.PublishAsync(new TicketCreated(
            Guid.NewGuid(), customerId, Guid.NewGuid(), null, Guid.NewGuid(), "Tür klemmt", "normal", Guid.NewGuid())));

    private async Task<JsonElement> GetAsync(string path, string token)
    {
        using var response = await app.SendAsync(HttpMethod.Get, path, token);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }
}
