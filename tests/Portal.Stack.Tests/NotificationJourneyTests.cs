using System.Net;
using System.Text.Json;
using Portal.AppHost;
using Portal.Contracts;
using Portal.Stack.Tests.Infrastructure;
using Portal.Stack.Tests.Journeys;

namespace Portal.Stack.Tests;

/// <summary>
/// Issue 7's proof over the whole stack through the gateway, signing in for real, with MailDev's REST
/// API reading what arrived: invitations in both languages, who gets a ticket's mail, SMTP down and
/// back, and e-mail settings (own, an administrator's, and account mails that always go out).
/// </summary>
[Collection(StackCollection.Name)]
public sealed class NotificationJourneyTests(StackFixture stack)
{
    private const string Password = StackUsers.Password;

    private StackInbox Inbox => stack.Inbox;

    [Theory]
    [InlineData("de", "Einladung zum Kundenportal", "Hallo Lena Krause")]
    [InlineData("en", "Your invitation to the customer portal", "Hello Lena Krause")]
    public async Task AnInviteeGetsTheInvitationInTheirLanguageAcceptsItAndSignsIn(string language, string subject, string greeting)
    {
        var administrator = await AdministratorAsync();
        var customerId = await CreateCustomerAsync(administrator);
        var email = UniqueAddress();

        await administrator.SendUntilAsync(HttpMethod.Post, $"/api/identity/customers/{customerId}/invitations",
            new { firstName = "Lena", lastName = "Krause", email, language, role = "member" }, HttpStatusCode.Created);

        var mail = await Inbox.ExactlyOneToAsync(email);
        Assert.Equal(subject, mail.Subject);
        Assert.Contains(greeting, mail.Text);
        Assert.Contains("href=", mail.Html);
        await stack.AcceptInvitationAsync(mail);

        var invitee = await PortalSession.SignInAsync(stack.Gateway, email, Password);
        var me = await invitee.SendUntilAsync(HttpMethod.Get, "/api/identity/me", null, HttpStatusCode.OK);
        Assert.Equal(email, me.GetProperty("email").GetString());
        Assert.Equal(customerId, me.GetProperty("organizationId").GetGuid());
    }

    [Fact]
    public async Task ATicketIsMailedToTheCustomersUsersWhoWantItAndToNobodyElse()
    {
        var administrator = await AdministratorAsync();
        var customerId = await CreateCustomerAsync(administrator);
        var otherCustomerId = await CreateCustomerAsync(administrator);
        var objectId = (await administrator.SendUntilAsync(HttpMethod.Post, "/api/assets/objects",
            new { customerId, name = "Werk Nord" }, HttpStatusCode.Created)).GetProperty("id").GetGuid();

        // An employee without access (no password) still receives e-mails.
        var wantsIt = await CreateEmployeeAsync(administrator, customerId, "de");
        var switchedOffByAdministrator = await CreateEmployeeAsync(administrator, customerId, "en");
        await SetEmployeeCategoriesAsync(administrator, switchedOffByAdministrator.Id, tickets: false);
        var (switchedOffThemselves, ownSession) = await InviteAndSignInAsync(administrator, customerId);
        using (var own = await ownSession.SendAsync(HttpMethod.Put, "/api/notifications/me/preferences", Categories(tickets: false)))
        {
            Assert.Equal(HttpStatusCode.OK, own.StatusCode);
        }

        var otherCustomersEmployee = await CreateEmployeeAsync(administrator, otherCustomerId, "de");
        var title = $"Heizung fällt aus {Guid.NewGuid():N}"[..30];

        await administrator.SendUntilAsync(HttpMethod.Post, "/api/assets/tickets",
            new { objectId, title, description = "Kein Warmwasser", priority = "high" }, HttpStatusCode.Created);

        var mail = await Inbox.ExactlyOneToAsync(wantsIt.Email);
        Assert.Equal($"Neuer Servicefall: {title}", mail.Subject);
        // Everyone's mails for the ticket are recorded in one transaction: once one is there, all are.
        var notifications = stack.DatabaseOf(ResourceNames.NotificationsDb);
        foreach (var address in new[] { switchedOffByAdministrator.Email, switchedOffThemselves, otherCustomersEmployee.Email })
        {
            Assert.Equal(0, await notifications.ScalarAsync<long>("SELECT count(*) FROM mails WHERE recipient = $1 AND kind = 'ticket-created'", address));
            Assert.DoesNotContain(await Inbox.ToAsync(address), m => m.Subject.Contains(title, StringComparison.Ordinal));
        }
    }

    [Fact]
    public async Task AMailWrittenWhileSmtpIsDownArrivesExactlyOnceWhenItIsBack()
    {
        var administrator = await AdministratorAsync();
        var customerId = await CreateCustomerAsync(administrator);
        var employee = await CreateEmployeeAsync(administrator, customerId, "en");
        var notifications = stack.DatabaseOf(ResourceNames.NotificationsDb);

        await stack.App.StopResourceAsync(ResourceNames.MailDev);
        try
        {
            await administrator.SendUntilAsync(HttpMethod.Post, $"/api/identity/users/{employee.Id}/password-link", null, HttpStatusCode.Accepted);
            await Eventually.ReturnsAsync(
                () => notifications.ScalarAsync<int>("SELECT coalesce(max(attempts), 0) FROM mails WHERE recipient = $1 AND status = 'Pending'", employee.Email),
                attempts => attempts >= 1,
                TimeSpan.FromSeconds(60),
                because: "the mail to be tried while SMTP is down");
        }
        finally
        {
            await stack.App.StartResourceAsync(ResourceNames.MailDev);
            using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(1));
            await stack.App.ResourceNotifications.WaitForResourceHealthyAsync(ResourceNames.MailDev, timeout.Token);
        }

        var mail = await Inbox.ExactlyOneToAsync(employee.Email);
        Assert.Equal("Set your password for the customer portal", mail.Subject);
    }

    [Fact]
    public async Task AccountMailsGoOutEvenWithEveryCategorySwitchedOff()
    {
        var administrator = await AdministratorAsync();
        var customerId = await CreateCustomerAsync(administrator);
        var employee = await CreateEmployeeAsync(administrator, customerId, "de");
        await SetEmployeeCategoriesAsync(administrator, employee.Id, tickets: false, devices: false, videoSessions: false, codes: false);

        await administrator.SendUntilAsync(HttpMethod.Post, $"/api/identity/users/{employee.Id}/password-link", null, HttpStatusCode.Accepted);

        var mail = await Inbox.ExactlyOneToAsync(employee.Email);
        Assert.Equal("Legen Sie Ihr Passwort für das Kundenportal fest", mail.Subject);
        Assert.NotEmpty(StackInbox.TokenIn(mail));
        var settings = await administrator.SendUntilAsync(HttpMethod.Get, $"/api/notifications/users/{employee.Id}/preferences", null, HttpStatusCode.OK);
        Assert.False(settings.GetProperty("categories").GetProperty("tickets").GetBoolean());
    }

    [Fact]
    public async Task OneClickOnTheUnsubscribeLinkThroughTheGatewaySwitchesThatCategoryOff()
    {
        var administrator = await AdministratorAsync();
        var customerId = await CreateCustomerAsync(administrator);
        var objectId = (await administrator.SendUntilAsync(HttpMethod.Post, "/api/assets/objects",
            new { customerId, name = "Lager Süd" }, HttpStatusCode.Created)).GetProperty("id").GetGuid();
        var employee = await CreateEmployeeAsync(administrator, customerId, "en");
        await administrator.SendUntilAsync(HttpMethod.Get, $"/api/notifications/users/{employee.Id}/preferences", null, HttpStatusCode.OK);
        await administrator.SendUntilAsync(HttpMethod.Post, "/api/assets/tickets",
            new { objectId, title = "Tor klemmt", description = "Rolltor", priority = "normal" }, HttpStatusCode.Created);
        var mail = await Inbox.ExactlyOneToAsync(employee.Email);
        Assert.Equal("List-Unsubscribe=One-Click", await Inbox.HeaderOfAsync(mail, "List-Unsubscribe-Post"));
        var header = await Inbox.HeaderOfAsync(mail, "List-Unsubscribe");
        Assert.NotNull(header);
        var link = new Uri(header.Trim('<', '>'));
        Assert.Equal(stack.App.GetEndpoint(ResourceNames.Gateway).Port, link.Port); // the public URL: the gateway

        // What a mail client does (RFC 8058): a POST without any sign-in.
        using var unsubscribed = await stack.Gateway.PostAsync(link.PathAndQuery, new FormUrlEncodedContent([new("List-Unsubscribe", "One-Click")]));

        Assert.Equal(HttpStatusCode.OK, unsubscribed.StatusCode);
        var settings = await administrator.SendUntilAsync(HttpMethod.Get, $"/api/notifications/users/{employee.Id}/preferences", null, HttpStatusCode.OK);
        Assert.False(settings.GetProperty("categories").GetProperty("tickets").GetBoolean());
        Assert.True(settings.GetProperty("categories").GetProperty("devices").GetBoolean());
    }

    private sealed record Employee(Guid Id, string Email);

    private Task<PortalSession> AdministratorAsync() => stack.AdministratorAsync();

    private static Task<Guid> CreateCustomerAsync(PortalSession administrator) => StackUsers.CreateCustomerAsync(administrator);

    private static async Task<Employee> CreateEmployeeAsync(PortalSession administrator, Guid customerId, string language)
    {
        var email = UniqueAddress();
        var user = await administrator.SendUntilAsync(HttpMethod.Post, $"/api/identity/organizations/{customerId}/users",
            new { firstName = "Kai", lastName = "Berger", email, language, role = "member", sendInvitation = false }, HttpStatusCode.Created);
        return new Employee(user.GetProperty("id").GetGuid(), email);
    }

    private async Task<(string Email, PortalSession Session)> InviteAndSignInAsync(PortalSession administrator, Guid customerId)
    {
        var email = UniqueAddress();
        await administrator.SendUntilAsync(HttpMethod.Post, $"/api/identity/customers/{customerId}/invitations",
            new { firstName = "Eva", lastName = "Roth", email, language = "en", role = "member" }, HttpStatusCode.Created);
        var invitation = await Inbox.ExactlyOneToAsync(email);
        await stack.AcceptInvitationAsync(invitation);
        return (email, await PortalSession.SignInAsync(stack.Gateway, email, Password));
    }

    /// <summary>The administrator's choice for an employee; notifications may not know the employee yet, so until it does: 404.</summary>
    private static Task<JsonElement> SetEmployeeCategoriesAsync(
        PortalSession administrator, Guid userId, bool tickets = true, bool devices = true, bool videoSessions = true, bool codes = true) =>
        administrator.SendUntilAsync(HttpMethod.Put, $"/api/notifications/users/{userId}/preferences",
            Categories(tickets, devices, videoSessions, codes), HttpStatusCode.OK);

    private static object Categories(bool tickets = true, bool devices = true, bool videoSessions = true, bool codes = true) =>
        new { categories = new { devices, tickets, videoSessions, codes } };

    private static string UniqueAddress() => StackUsers.UniqueAddress();
}
