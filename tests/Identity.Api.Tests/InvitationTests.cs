using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Identity.Api.Tests.Infrastructure;
using MassTransit;
using Portal.Contracts.Organizations;

namespace Identity.Api.Tests;

[Collection(IdentityCollection.Name)]
public sealed class InvitationTests(IdentityFixture fixture)
{
    [Fact]
    public async Task AnInviteeGetsTheLinkInTheirLanguageAcceptsItAndSignsIn()
    {
        var customerId = await fixture.CreateCustomerAsync();
        var email = Actors.UniqueEmail("invitee");

        var invitation = await fixture.InviteAsync(customerId, "member", email, language: "de");
        var userId = invitation.GetProperty("userId").GetGuid();
        var mail = await fixture.IdentityDb.ScalarAsync<string>(
            "SELECT body::text FROM outbox_messages WHERE message_type = 'Portal.Contracts.Identity.InvitationCreated' AND body->>'userId' = $1", userId.ToString());
        var cannotSignInYet = await fixture.Identity.PasswordAsync(email, Actors.Password);
        using var accepted = await fixture.AcceptAsync(await fixture.LatestLinkTokenAsync(userId));
        var token = await fixture.Identity.SignInAsync(email.ToUpperInvariant(), Actors.Password);
        using var me = await fixture.SendAsync(token, HttpMethod.Get, "/api/identity/me");
        var profile = await me.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal("pending", invitation.GetProperty("status").GetString());
        Assert.InRange(invitation.GetProperty("expiresAt").GetDateTimeOffset(), DateTimeOffset.UtcNow.AddDays(6.9), DateTimeOffset.UtcNow.AddDays(7.1));
        var sent = JsonDocument.Parse(mail!).RootElement;
        Assert.Equal("de", sent.GetProperty("language").GetString());
        Assert.Equal(email, sent.GetProperty("email").GetString());
        Assert.StartsWith(IdentityFixture.PublicUrl + "/account/accept-invitation?token=", sent.GetProperty("acceptUrl").GetString(), StringComparison.Ordinal);
        Assert.Equal("invalid_grant", cannotSignInYet.Error);
        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        Assert.Equal(customerId, profile.GetProperty("organizationId").GetGuid());
        Assert.Equal("customer", profile.GetProperty("organizationKind").GetString());
        Assert.Equal("member", profile.GetProperty("role").GetString());
        Assert.Equal("de", profile.GetProperty("language").GetString());
        Assert.Equal("customer", Tokens.Payload(token).GetProperty("org_kind").GetString());
    }

    [Fact]
    public async Task TheInvitationEventReachesTheBroker()
    {
        var received = new TaskCompletionSource<Portal.Contracts.Identity.InvitationCreated>(TaskCreationOptions.RunContinuationsAsynchronously);
        var customerId = await fixture.CreateCustomerAsync();
        var email = Actors.UniqueEmail("broker");
        var handle = fixture.Bus.ConnectReceiveEndpoint("identity-tests-invitations-" + Guid.NewGuid().ToString("N"), endpoint =>
            endpoint.Handler<Portal.Contracts.Identity.InvitationCreated>(context =>
            {
                if (context.Message.Email == email)
                {
                    received.TrySetResult(context.Message);
                }

                return Task.CompletedTask;
            }));
        await handle.Ready;
        try
        {
            await fixture.InviteAsync(customerId, "moderator", email, language: "en");
            var message = await received.Task.WaitAsync(TimeSpan.FromSeconds(30));

            Assert.Equal(customerId, message.OrganizationId);
            Assert.Equal("moderator", message.Role);
            Assert.Equal("en", message.Language);
        }
        finally
        {
            await handle.StopAsync();
        }
    }

    [Fact]
    public async Task AUsedLinkGetsAClearProblemAndDoesNotChangeThePassword()
    {
        var customerId = await fixture.CreateCustomerAsync();
        var email = Actors.UniqueEmail("twice");
        var userId = (await fixture.InviteAsync(customerId, "member", email)).GetProperty("userId").GetGuid();
        var token = await fixture.LatestLinkTokenAsync(userId);

        using var first = await fixture.AcceptAsync(token);
        using var second = await fixture.AcceptAsync(token, "another long password here");
        var problem = await second.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.Gone, second.StatusCode);
        Assert.Equal("This link has already been used.", problem.GetProperty("title").GetString());
        Assert.Equal(HttpStatusCode.OK, (await fixture.Identity.PasswordAsync(email, Actors.Password)).Status);
    }

    [Fact]
    public async Task AnExpiredLinkGetsAClearProblemAndTheListShowsItExpired()
    {
        var customerId = await fixture.CreateCustomerAsync();
        var invitation = await fixture.InviteAsync(customerId, "member");
        var userId = invitation.GetProperty("userId").GetGuid();
        var token = await fixture.LatestLinkTokenAsync(userId);
        await fixture.IdentityDb.ExecuteAsync("UPDATE invitations SET expires_at = now() - interval '1 minute' WHERE user_id = $1", userId);

        using var accept = await fixture.AcceptAsync(token);
        var problem = await accept.Content.ReadFromJsonAsync<JsonElement>();
        var list = await ListAsync(customerId);

        Assert.Equal(HttpStatusCode.Gone, accept.StatusCode);
        Assert.Equal("This link has expired.", problem.GetProperty("title").GetString());
        Assert.Equal("expired", list.Single(i => i.GetProperty("userId").GetGuid() == userId).GetProperty("status").GetString());
    }

    [Fact]
    public async Task ResendingIssuesANewLinkAndTheOldOneStopsWorking()
    {
        var customerId = await fixture.CreateCustomerAsync();
        var invitation = await fixture.InviteAsync(customerId, "member");
        var userId = invitation.GetProperty("userId").GetGuid();
        var oldToken = await fixture.LatestLinkTokenAsync(userId);

        using var resent = await fixture.SendAsync(await fixture.AdministratorTokenAsync(), HttpMethod.Post, $"/api/identity/invitations/{invitation.GetProperty("id").GetGuid()}/resend");
        var newToken = await fixture.LatestLinkTokenAsync(userId);
        using var withOld = await fixture.AcceptAsync(oldToken);
        using var withNew = await fixture.AcceptAsync(newToken);

        Assert.Equal(HttpStatusCode.OK, resent.StatusCode);
        Assert.NotEqual(oldToken, newToken);
        Assert.Equal(HttpStatusCode.Gone, withOld.StatusCode);
        Assert.Equal(HttpStatusCode.OK, withNew.StatusCode);
        Assert.Equal("accepted", (await ListAsync(customerId)).Single().GetProperty("status").GetString());
    }

    [Fact]
    public async Task RevokingAPendingInvitationDeletesTheInvitedUserAndTheLinkStopsWorking()
    {
        var customerId = await fixture.CreateCustomerAsync();
        var invitation = await fixture.InviteAsync(customerId, "member");
        var userId = invitation.GetProperty("userId").GetGuid();
        var token = await fixture.LatestLinkTokenAsync(userId);

        using var deleted = await fixture.SendAsync(await fixture.AdministratorTokenAsync(), HttpMethod.Delete, $"/api/identity/invitations/{invitation.GetProperty("id").GetGuid()}");
        using var accept = await fixture.AcceptAsync(token);

        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        Assert.Empty(await ListAsync(customerId));
        Assert.Equal(HttpStatusCode.Gone, accept.StatusCode);
        Assert.Equal(0L, await fixture.IdentityDb.ScalarAsync<long>("SELECT count(*) FROM users WHERE id = $1", userId));
        // The other services hear of the deletion, so notifications stops mailing the person.
        Assert.Equal(1L, await fixture.EventCountAsync(AccountLinks.UserDeleted, userId));
    }

    [Fact]
    public async Task AnAcceptedInvitationCannotBeDeletedAndItsUserStays()
    {
        var customerId = await fixture.CreateCustomerAsync();
        var member = await fixture.CustomerUserAsync(customerId, "member");
        var invitationId = (await ListAsync(customerId)).Single().GetProperty("id").GetGuid();

        using var deleted = await fixture.SendAsync(await fixture.AdministratorTokenAsync(), HttpMethod.Delete, $"/api/identity/invitations/{invitationId}");
        var problem = await deleted.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.Conflict, deleted.StatusCode);
        Assert.Equal("The invitation was accepted.", problem.GetProperty("title").GetString());
        Assert.Equal("accepted", (await ListAsync(customerId)).Single().GetProperty("status").GetString());
        Assert.Null((await fixture.Identity.PasswordAsync(member.Email, member.Password)).Error);
        Assert.Equal(0L, await fixture.EventCountAsync(AccountLinks.UserDeleted, member.UserId));
    }

    [Fact]
    public async Task InvitingToAnIndividualCustomerIsRefusedWithAClearMessage()
    {
        var customerId = await fixture.CreateCustomerAsync(CustomerTypes.Individual);

        using var response = await fixture.SendAsync(await fixture.AdministratorTokenAsync(), HttpMethod.Post, $"/api/identity/customers/{customerId}/invitations",
            new { firstName = "Ida", lastName = "Vidual", email = Actors.UniqueEmail(), language = "en", role = "member" });
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal("Individual customers have no portal users.", problem.GetProperty("title").GetString());
    }

    [Fact]
    public async Task AnIndependentCustomersUsersAreNotAdministeredByTheProvider()
    {
        var customerId = await fixture.CreateCustomerAsync();
        var admin = await fixture.CustomerUserAsync(customerId, "administrator");
        await fixture.BecomeIndependentAsync(customerId);
        var provider = await fixture.AdministratorTokenAsync();

        using var invite = await fixture.SendAsync(provider, HttpMethod.Post, $"/api/identity/customers/{customerId}/invitations",
            new { firstName = "Ina", lastName = "Dependent", email = Actors.UniqueEmail(), language = "en", role = "member" });
        using var deactivate = await fixture.SendAsync(provider, HttpMethod.Post, $"/api/identity/users/{admin.UserId}/deactivate");
        using var byTheirAdmin = await fixture.SendAsync(admin.AccessToken, HttpMethod.Post, $"/api/identity/organizations/{customerId}/users",
            new { firstName = "Own", lastName = "Hire", email = Actors.UniqueEmail(), language = "en", role = "member", sendInvitation = false });

        Assert.Equal(HttpStatusCode.Conflict, invite.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, deactivate.StatusCode);
        Assert.Equal(HttpStatusCode.Created, byTheirAdmin.StatusCode);
    }

    [Fact]
    public async Task AnEMailIsUniqueWhateverItsCase()
    {
        var customerId = await fixture.CreateCustomerAsync();
        var email = Actors.UniqueEmail("Case");
        await fixture.InviteAsync(customerId, "member", email);

        using var again = await fixture.SendAsync(await fixture.AdministratorTokenAsync(), HttpMethod.Post, $"/api/identity/customers/{customerId}/invitations",
            new { firstName = "Dup", lastName = "Licate", email = email.ToUpperInvariant(), language = "en", role = "member" });
        var problem = await again.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.True(problem.GetProperty("errors").TryGetProperty("email", out _));
    }

    [Fact]
    public async Task BadInputNamesEachField()
    {
        var customerId = await fixture.CreateCustomerAsync();

        using var response = await fixture.SendAsync(await fixture.AdministratorTokenAsync(), HttpMethod.Post, $"/api/identity/customers/{customerId}/invitations",
            new { firstName = "", email = "not-an-address", language = "fr", role = "owner" });
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.All(new[] { "firstName", "lastName", "email", "language", "role" }, field => Assert.True(errors.TryGetProperty(field, out _), field));
    }

    private async Task<List<JsonElement>> ListAsync(Guid customerId)
    {
        using var response = await fixture.SendAsync(await fixture.AdministratorTokenAsync(), HttpMethod.Get, $"/api/identity/customers/{customerId}/invitations");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return [.. (await response.Content.ReadFromJsonAsync<JsonElement>()).EnumerateArray()];
    }
}
