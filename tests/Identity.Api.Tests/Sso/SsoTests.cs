using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Identity.Api.Tests.Infrastructure;
using Portal.Contracts.Organizations;

namespace Identity.Api.Tests.Sso;

/// <summary>
/// Sign-in with an external OpenID Connect provider (the test provider on loopback) through the web
/// app's authorization code flow: linking by verified e-mail to invited users only, later sign-ins by
/// subject, refusals as pages that say why, and the login types administrators see.
/// </summary>
[Collection(IdentityCollection.Name)]
public sealed class SsoTests(IdentityFixture fixture)
{
    [Fact]
    public async Task AnInvitedUserSignsInWithTheProviderAndGetsAPortalTokenWithoutAPassword()
    {
        var customerId = await fixture.CreateCustomerAsync();
        var email = Actors.UniqueEmail("sso");
        var userId = await InviteAsync(customerId, email);
        var idpUser = fixture.Idp.AddUser(email);
        using var browser = new SsoBrowser(fixture).As(idpUser);

        var tokens = await browser.SignInForTokensAsync(SsoConfiguration.Generic);
        using var passwordLink = await fixture.SendAsync(await fixture.AdministratorTokenAsync(), HttpMethod.Post, $"/api/identity/users/{userId}/password-link");

        Assert.Equal(userId.ToString(), tokens.Claims.GetProperty("sub").GetString());
        Assert.Equal(customerId.ToString(), tokens.Claims.GetProperty("org_id").GetString());
        Assert.Equal("member", tokens.Claims.GetProperty("role").GetString());
        Assert.Equal(["external"], tokens.AuthenticationMethods);
        Assert.Equal(1, await LinkCountAsync(userId, SsoConfiguration.Generic, idpUser.Subject));
        Assert.Equal("accepted", await InvitationStatusAsync(customerId, userId));
        Assert.Equal("active", (await ListedUserAsync(customerId, userId)).GetProperty("state").GetString());
        Assert.Equal(HttpStatusCode.Conflict, passwordLink.StatusCode);
        Assert.Contains("signs in with an external provider", await passwordLink.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheUsersListShowsAdministratorsHowEachUserSignsIn()
    {
        var customerId = await fixture.CreateCustomerAsync();
        var ssoEmail = Actors.UniqueEmail("sso");
        var ssoUserId = await InviteAsync(customerId, ssoEmail);
        using (var browser = new SsoBrowser(fixture).As(fixture.Idp.AddUser(ssoEmail)))
        {
            await browser.SignInForTokensAsync(SsoConfiguration.Generic);
        }

        // A user with a password may add a provider too.
        var both = await fixture.CustomerUserAsync(customerId, "administrator");
        using (var browser = new SsoBrowser(fixture).As(fixture.Idp.AddUser(both.Email)))
        {
            await browser.SignInForTokensAsync(SsoConfiguration.Entra);
        }

        var pendingUserId = await InviteAsync(customerId, Actors.UniqueEmail("pending"));
        var outsider = await fixture.CustomerUserAsync(await fixture.CreateCustomerAsync(), "administrator");
        using var foreign = await fixture.SendAsync(outsider.AccessToken, HttpMethod.Get, $"/api/identity/organizations/{customerId}/users");
        var foreignBody = await foreign.Content.ReadAsStringAsync();

        Assert.Equal(["testidp"], LoginTypes(await ListedUserAsync(customerId, ssoUserId)));
        Assert.Equal(["password", "testentra"], LoginTypes(await ListedUserAsync(customerId, both.UserId)));
        Assert.Empty(LoginTypes(await ListedUserAsync(customerId, pendingUserId)));
        Assert.Equal(["password", "testentra"], LoginTypes(await ListedUserAsync(customerId, both.UserId, both.AccessToken)));
        Assert.Contains(foreign.StatusCode, new[] { HttpStatusCode.Forbidden, HttpStatusCode.NotFound });
        Assert.DoesNotContain(ssoEmail, foreignBody, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task AnUnverifiedEmailIsRefusedAndTheInvitationStaysOpen()
    {
        var customerId = await fixture.CreateCustomerAsync();
        var email = Actors.UniqueEmail("unverified");
        var userId = await InviteAsync(customerId, email);
        using var browser = new SsoBrowser(fixture).As(fixture.Idp.AddUser(email, emailVerified: false));

        var outcome = await browser.SignInAsync(SsoConfiguration.Generic);

        Assert.Equal(HttpStatusCode.Forbidden, outcome.Status);
        Assert.Null(outcome.Code);
        Assert.Contains("has not confirmed your e-mail address", outcome.Html, StringComparison.Ordinal);
        Assert.Equal(0, await LinkCountAsync(userId));
        Assert.Equal("pending", await InvitationStatusAsync(customerId, userId));
    }

    [Fact]
    public async Task AnEmailWithoutAVerifiedClaimCountsOnlyAtAProviderTrustedForIt()
    {
        var customerId = await fixture.CreateCustomerAsync();
        var email = Actors.UniqueEmail("entra");
        var userId = await InviteAsync(customerId, email);
        var idpUser = fixture.Idp.AddUser(email, emailVerified: null);
        using var generic = new SsoBrowser(fixture).As(idpUser);
        using var entra = new SsoBrowser(fixture).As(idpUser);

        var refused = await generic.SignInAsync(SsoConfiguration.Generic);
        var tokens = await entra.SignInForTokensAsync(SsoConfiguration.Entra);

        Assert.Equal(HttpStatusCode.Forbidden, refused.Status);
        Assert.Equal(userId.ToString(), tokens.Claims.GetProperty("sub").GetString());
        Assert.Equal(1, await LinkCountAsync(userId, SsoConfiguration.Entra, idpUser.Subject));
    }

    [Fact]
    public async Task AnEmailNobodyInvitedIsRefusedAndNoUserIsCreated()
    {
        var email = Actors.UniqueEmail("stranger");
        using var browser = new SsoBrowser(fixture).As(fixture.Idp.AddUser(email));

        var outcome = await browser.SignInAsync(SsoConfiguration.Generic);

        Assert.Equal(HttpStatusCode.Forbidden, outcome.Status);
        Assert.Contains($"Portal has no account with access for {email}", outcome.Html, StringComparison.Ordinal);
        Assert.Equal(0L, await fixture.IdentityDb.ScalarAsync<long>("SELECT count(*) FROM users WHERE normalized_email = upper($1)", email));
    }

    [Fact]
    public async Task AnEmployeeWithoutAccessCannotGiveThemselvesAccessThroughTheProvider()
    {
        var customerId = await fixture.CreateCustomerAsync();
        var email = Actors.UniqueEmail("no-access");
        using var created = await fixture.SendAsync(await fixture.AdministratorTokenAsync(), HttpMethod.Post, $"/api/identity/organizations/{customerId}/users",
            new { firstName = "Otto", lastName = "Mail", email, language = "de", role = "member", sendInvitation = false });
        var userId = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        using var browser = new SsoBrowser(fixture).As(fixture.Idp.AddUser(email));

        var outcome = await browser.SignInAsync(SsoConfiguration.Generic);

        Assert.Equal(HttpStatusCode.Forbidden, outcome.Status);
        Assert.Equal("no-access", (await ListedUserAsync(customerId, userId)).GetProperty("state").GetString());
        Assert.Equal(0, await LinkCountAsync(userId));
    }

    [Fact]
    public async Task ADeactivatedUserIsRefusedAtTheNextSignIn()
    {
        var customerId = await fixture.CreateCustomerAsync();
        var email = Actors.UniqueEmail("deactivated");
        var userId = await InviteAsync(customerId, email);
        var idpUser = fixture.Idp.AddUser(email);
        using (var first = new SsoBrowser(fixture).As(idpUser))
        {
            await first.SignInForTokensAsync(SsoConfiguration.Generic);
        }

        using var deactivated = await fixture.SendAsync(await fixture.AdministratorTokenAsync(), HttpMethod.Post, $"/api/identity/users/{userId}/deactivate");
        using var browser = new SsoBrowser(fixture).As(idpUser);
        var outcome = await browser.SignInAsync(SsoConfiguration.Generic);

        Assert.Equal(HttpStatusCode.NoContent, deactivated.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, outcome.Status);
        Assert.Contains("Your account is deactivated", outcome.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnArchivedOrganizationsUserIsRefused()
    {
        var customerId = await fixture.CreateCustomerAsync();
        var email = Actors.UniqueEmail("archived");
        var userId = await InviteAsync(customerId, email);
        await fixture.Bus.Publish(new CustomerArchived(customerId, IdentityFixture.ProviderId));
        await fixture.WaitForRowAsync("SELECT count(*) FROM organizations WHERE id = $1 AND archived_at IS NOT NULL", customerId);
        using var browser = new SsoBrowser(fixture).As(fixture.Idp.AddUser(email));

        var outcome = await browser.SignInAsync(SsoConfiguration.Generic);

        Assert.Equal(HttpStatusCode.Forbidden, outcome.Status);
        Assert.Contains("Your organization no longer uses the portal", outcome.Html, StringComparison.Ordinal);
        Assert.Equal(0, await LinkCountAsync(userId));
    }

    [Fact]
    public async Task ALaterSignInMatchesBySubjectEvenWhenTheProviderReportsAnotherEmail()
    {
        var customerId = await fixture.CreateCustomerAsync();
        var email = Actors.UniqueEmail("moved");
        var userId = await InviteAsync(customerId, email);
        var idpUser = fixture.Idp.AddUser(email);
        using (var first = new SsoBrowser(fixture).As(idpUser))
        {
            await first.SignInForTokensAsync(SsoConfiguration.Generic);
        }

        idpUser.Email = Actors.UniqueEmail("renamed");
        idpUser.EmailVerified = false;
        using var later = new SsoBrowser(fixture).As(idpUser);
        var tokens = await later.SignInForTokensAsync(SsoConfiguration.Generic);

        Assert.Equal(userId.ToString(), tokens.Claims.GetProperty("sub").GetString());
        Assert.Equal(1, await LinkCountAsync(userId));
    }

    [Fact]
    public async Task AnotherAccountAtTheSameProviderCannotTakeOverALinkedUser()
    {
        var customerId = await fixture.CreateCustomerAsync();
        var email = Actors.UniqueEmail("taken");
        var userId = await InviteAsync(customerId, email);
        var owner = fixture.Idp.AddUser(email);
        using (var first = new SsoBrowser(fixture).As(owner))
        {
            await first.SignInForTokensAsync(SsoConfiguration.Generic);
        }

        using var browser = new SsoBrowser(fixture).As(fixture.Idp.AddUser(email));
        var outcome = await browser.SignInAsync(SsoConfiguration.Generic);

        Assert.Equal(HttpStatusCode.Forbidden, outcome.Status);
        Assert.Contains("linked to a different Test IdP account", outcome.Html, StringComparison.Ordinal);
        Assert.Equal(1, await LinkCountAsync(userId, SsoConfiguration.Generic, owner.Subject));
        Assert.Equal(1, await LinkCountAsync(userId));
    }

    [Theory]
    [InlineData(IdTokenTampering.WrongNonce)]
    [InlineData(IdTokenTampering.WrongIssuer)]
    [InlineData(IdTokenTampering.ForeignSignature)]
    public async Task AnIdTokenThatFailsACheckIsRefusedWithAPage(IdTokenTampering tampering)
    {
        var customerId = await fixture.CreateCustomerAsync();
        var email = Actors.UniqueEmail("forged");
        var userId = await InviteAsync(customerId, email);
        using var browser = new SsoBrowser(fixture).As(fixture.Idp.AddUser(email, tampering: tampering));

        var outcome = await browser.SignInAsync(SsoConfiguration.Generic);

        Assert.Equal(HttpStatusCode.BadRequest, outcome.Status);
        Assert.Contains("Test IdP did not confirm who you are", outcome.Html, StringComparison.Ordinal);
        Assert.Equal(0, await LinkCountAsync(userId));
        Assert.Equal("pending", await InvitationStatusAsync(customerId, userId));
    }

    [Fact]
    public async Task ATamperedStateIsRefusedWithAPage()
    {
        var customerId = await fixture.CreateCustomerAsync();
        var email = Actors.UniqueEmail("state");
        var userId = await InviteAsync(customerId, email);
        using var browser = new SsoBrowser(fixture).As(fixture.Idp.AddUser(email));

        var outcome = await browser.SignInAsync(SsoConfiguration.Generic,
            callback => new Uri(System.Text.RegularExpressions.Regex.Replace(callback.AbsoluteUri, "state=[^&]*", "state=tampered-state")));

        Assert.Equal(HttpStatusCode.BadRequest, outcome.Status);
        Assert.Contains("did not confirm who you are", outcome.Html, StringComparison.Ordinal);
        Assert.Contains(outcome.Hops, hop => hop.OriginalString.Contains("state=tampered-state", StringComparison.Ordinal));
        Assert.Equal(0, await LinkCountAsync(userId));
    }

    [Fact]
    public async Task TheLoginPageOffersEveryConfiguredProviderAndKeepsTheReturnAddressLocal()
    {
        using var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = fixture.Identity.BaseAddress };

        var local = await client.GetStringAsync(new Uri("/account/login?returnUrl=" + Uri.EscapeDataString("/connect/authorize?x=1"), UriKind.Relative));
        var foreign = await client.GetStringAsync(new Uri("/account/login?returnUrl=" + Uri.EscapeDataString("https://evil.example/"), UriKind.Relative));

        Assert.Contains("Sign in with Test IdP", local, StringComparison.Ordinal);
        Assert.Contains("Sign in with Test Entra", local, StringComparison.Ordinal);
        Assert.Contains("href=\"/account/external/testidp?returnUrl=%2Fconnect%2Fauthorize%3Fx%3D1\"", local, StringComparison.Ordinal);
        Assert.Contains("href=\"/account/external/testidp?returnUrl=%2F\"", foreign, StringComparison.Ordinal);
        Assert.DoesNotContain("evil.example", foreign, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StrayRequestsToTheExternalSignInGetPagesNotErrors()
    {
        using var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = fixture.Identity.BaseAddress };

        using var unknown = await client.GetAsync(new Uri("/account/external/nosuchprovider?returnUrl=/", UriKind.Relative));
        using var callback = await client.GetAsync(new Uri("/account/external/testidp/callback?code=abc&state=xyz", UriKind.Relative));
        using var complete = await client.GetAsync(new Uri("/account/external/complete?returnUrl=https://evil.example/", UriKind.Relative));
        var completeHtml = await complete.Content.ReadAsStringAsync();
        using var down = await client.GetAsync(new Uri($"/account/external/{SsoConfiguration.Down}?returnUrl=/", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, callback.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, complete.StatusCode);
        Assert.DoesNotContain("evil.example", completeHtml, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadGateway, down.StatusCode);
        Assert.Contains("Portal cannot reach Test Down right now", await down.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private async Task<Guid> InviteAsync(Guid customerId, string email) =>
        (await fixture.InviteAsync(customerId, "member", email)).GetProperty("userId").GetGuid();

    private async Task<int> LinkCountAsync(Guid userId, string? scheme = null, string? subject = null) =>
        (int)await fixture.IdentityDb.ScalarAsync<long>(
            "SELECT count(*) FROM user_logins WHERE user_id = $1 AND ($2 = '' OR login_provider = $2) AND ($3 = '' OR provider_key = $3)",
            userId, scheme ?? "", subject ?? "");

    private async Task<string?> InvitationStatusAsync(Guid customerId, Guid userId)
    {
        using var response = await fixture.SendAsync(await fixture.AdministratorTokenAsync(), HttpMethod.Get, $"/api/identity/customers/{customerId}/invitations");
        var invitations = await response.Content.ReadFromJsonAsync<JsonElement>();
        return invitations.EnumerateArray().Single(i => i.GetProperty("userId").GetGuid() == userId).GetProperty("status").GetString();
    }

    private async Task<JsonElement> ListedUserAsync(Guid organizationId, Guid userId, string? accessToken = null)
    {
        using var response = await fixture.SendAsync(accessToken ?? await fixture.AdministratorTokenAsync(), HttpMethod.Get, $"/api/identity/organizations/{organizationId}/users");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var users = await response.Content.ReadFromJsonAsync<JsonElement>();
        return users.EnumerateArray().Single(u => u.GetProperty("id").GetGuid() == userId);
    }

    private static string[] LoginTypes(JsonElement user) =>
        [.. user.GetProperty("loginTypes").EnumerateArray().Select(t => t.GetString()!)];
}
