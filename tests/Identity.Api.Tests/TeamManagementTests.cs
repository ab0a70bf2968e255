using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Identity.Api.Tests.Infrastructure;

namespace Identity.Api.Tests;

[Collection(IdentityCollection.Name)]
public sealed class TeamManagementTests(IdentityFixture fixture)
{
    [Fact]
    public async Task ACustomerAdministratorAddsAnEmployeeWithoutAccessAndGrantsItLaterWithASetPasswordLink()
    {
        var customerId = await fixture.CreateCustomerAsync();
        var admin = await fixture.CustomerUserAsync(customerId, "administrator");
        var email = Actors.UniqueEmail("employee");

        using var created = await fixture.SendAsync(admin.AccessToken, HttpMethod.Post, $"/api/identity/organizations/{customerId}/users",
            new { firstName = "Emma", lastName = "Employee", email, language = "en", role = "member", sendInvitation = false });
        var employee = await created.Content.ReadFromJsonAsync<JsonElement>();
        var employeeId = employee.GetProperty("id").GetGuid();
        var stateBefore = await StateAsync(admin.AccessToken, customerId, employeeId);
        using var link = await fixture.SendAsync(admin.AccessToken, HttpMethod.Post, $"/api/identity/users/{employeeId}/password-link");
        using var accepted = await fixture.AcceptAsync(await fixture.LatestLinkTokenAsync(employeeId));
        var stateAfter = await StateAsync(admin.AccessToken, customerId, employeeId);

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal("no-access", stateBefore);
        Assert.Equal(HttpStatusCode.Accepted, link.StatusCode);
        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        Assert.Equal("active", stateAfter);
        Assert.Equal(HttpStatusCode.OK, (await fixture.Identity.PasswordAsync(email, Actors.Password)).Status);
    }

    [Fact]
    public async Task UsersACustomerAdministratorCreatesAreNotProviderInvitations()
    {
        var customerId = await fixture.CreateCustomerAsync();
        var admin = await fixture.CustomerUserAsync(customerId, "administrator");

        using var created = await fixture.SendAsync(admin.AccessToken, HttpMethod.Post, $"/api/identity/organizations/{customerId}/users",
            new { firstName = "Olaf", lastName = "Own", email = Actors.UniqueEmail(), language = "de", role = "moderator", sendInvitation = true });
        using var invitations = await fixture.SendAsync(await fixture.AdministratorTokenAsync(), HttpMethod.Get, $"/api/identity/customers/{customerId}/invitations");
        var listed = (await invitations.Content.ReadFromJsonAsync<JsonElement>()).EnumerateArray().Select(i => i.GetProperty("email").GetString()).ToList();

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal("invited", (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("state").GetString());
        Assert.Equal([admin.Email], listed);
    }

    [Fact]
    public async Task ACustomerAdministratorChangesRoleAccountNameAreasAndObjectsAndTheNextRefreshCarriesTheNewRole()
    {
        var customerId = await fixture.CreateCustomerAsync();
        var admin = await fixture.CustomerUserAsync(customerId, "administrator");
        var member = await fixture.CustomerUserAsync(customerId, "member");
        var refresh = (await fixture.Identity.PasswordAsync(member.Email, member.Password)).RefreshToken;
        var objectId = await fixture.CreateObjectAsync(customerId);
        var accountName = "emma." + Guid.NewGuid().ToString("N")[..8];

        using var changed = await fixture.SendAsync(admin.AccessToken, HttpMethod.Patch, $"/api/identity/users/{member.UserId}",
            new { role = "moderator", accountName, portalAreas = new[] { "tickets", "devices" }, objectIds = new[] { objectId } });
        var user = await changed.Content.ReadFromJsonAsync<JsonElement>();
        var refreshed = await fixture.Identity.RefreshAsync(refresh);
        var byAccountName = await fixture.Identity.PasswordAsync(accountName, member.Password);
        var scopeEvent = await fixture.IdentityDb.ScalarAsync<string>(
            "SELECT body::text FROM outbox_messages WHERE message_type = 'Portal.Contracts.Identity.UserAccessChanged' AND body->>'userId' = $1 ORDER BY sequence DESC LIMIT 1",
            member.UserId.ToString());
        var scope = JsonDocument.Parse(scopeEvent!).RootElement;
        // Each access event about the user counts up by one, so the other services can drop a late older one.
        var versions = await fixture.IdentityDb.ScalarAsync<string>(
            "SELECT string_agg(body->>'version', ',' ORDER BY sequence) FROM outbox_messages WHERE message_type = 'Portal.Contracts.Identity.UserAccessChanged' AND body->>'userId' = $1",
            member.UserId.ToString());
        var counted = versions!.Split(',').Select(long.Parse).ToArray();

        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        Assert.Equal("moderator", user.GetProperty("role").GetString());
        Assert.Equal("moderator", refreshed.Claims.GetProperty("role").GetString());
        Assert.Contains("tickets.manage", refreshed.Claims.GetProperty("permissions").EnumerateArray().Select(p => p.GetString()));
        Assert.Equal(HttpStatusCode.OK, byAccountName.Status);
        Assert.Equal("moderator", scope.GetProperty("role").GetString());
        Assert.Equal(["tickets", "devices"], scope.GetProperty("portalAreas").EnumerateArray().Select(a => a.GetString()!).ToArray());
        Assert.Equal(objectId, scope.GetProperty("objectIds")[0].GetGuid());
        Assert.True(scope.GetProperty("active").GetBoolean());
        Assert.True(counted.Length >= 2, $"Access events of the member: {versions}");
        Assert.Equal(Enumerable.Range(1, counted.Length).Select(n => (long)n), counted);
    }

    [Fact]
    public async Task APersonIsOnlyLimitedToObjectsOfTheirOwnCustomerAndForeignIdsReadLikeUnknownOnes()
    {
        var customerId = await fixture.CreateCustomerAsync();
        var member = await fixture.CustomerUserAsync(customerId, "member");
        var staff = await fixture.AdministratorTokenAsync();
        var ownObject = await fixture.CreateObjectAsync(customerId);
        var foreignObject = await fixture.CreateObjectAsync(await fixture.CreateCustomerAsync());

        using var foreign = await fixture.SendAsync(staff, HttpMethod.Patch, $"/api/identity/users/{member.UserId}", new { objectIds = new[] { ownObject, foreignObject } });
        using var unknown = await fixture.SendAsync(staff, HttpMethod.Patch, $"/api/identity/users/{member.UserId}", new { objectIds = new[] { ownObject, Guid.NewGuid() } });
        using var tooMany = await fixture.SendAsync(staff, HttpMethod.Patch, $"/api/identity/users/{member.UserId}", new { objectIds = Enumerable.Range(0, 501).Select(_ => Guid.NewGuid()) });
        using var created = await fixture.SendAsync(staff, HttpMethod.Post, $"/api/identity/organizations/{customerId}/users",
            new { firstName = "Fremd", lastName = "Objekt", email = Actors.UniqueEmail(), language = "de", role = "member", objectIds = new[] { foreignObject }, sendInvitation = false });
        using var own = await fixture.SendAsync(staff, HttpMethod.Patch, $"/api/identity/users/{member.UserId}", new { objectIds = new[] { ownObject } });

        Assert.Equal(HttpStatusCode.BadRequest, foreign.StatusCode);
        var foreignErrors = (await foreign.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").GetProperty("objectIds").ToString();
        Assert.Equal(foreignErrors, (await unknown.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").GetProperty("objectIds").ToString());
        Assert.Contains("At most 500 objects.", (await tooMany.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").GetProperty("objectIds").ToString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, created.StatusCode);
        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
        Assert.Equal([ownObject], (await own.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("objectIds").EnumerateArray().Select(o => o.GetGuid()));
    }

    [Fact]
    public async Task MeTellsCustomerUsersTheirPortalAreasAndObjectsAndStaffNone()
    {
        var customerId = await fixture.CreateCustomerAsync();
        var admin = await fixture.CustomerUserAsync(customerId, "administrator");
        var member = await fixture.CustomerUserAsync(customerId, "member");
        var objectId = await fixture.CreateObjectAsync(customerId);

        using var changed = await fixture.SendAsync(admin.AccessToken, HttpMethod.Patch, $"/api/identity/users/{member.UserId}",
            new { portalAreas = new[] { "tickets", "devices" }, objectIds = new[] { objectId } });
        var narrowed = await MeAsync(member.AccessToken);
        var administrator = await MeAsync(admin.AccessToken);
        var staff = await MeAsync(await fixture.AdministratorTokenAsync());

        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        Assert.Equal(["tickets", "devices"], narrowed.GetProperty("portalAreas").EnumerateArray().Select(a => a.GetString()!).ToArray());
        Assert.Equal([objectId], narrowed.GetProperty("objectIds").EnumerateArray().Select(o => o.GetGuid()).ToArray());
        Assert.Contains("team", administrator.GetProperty("portalAreas").EnumerateArray().Select(a => a.GetString()));
        Assert.Equal(JsonValueKind.Null, administrator.GetProperty("objectIds").ValueKind);
        Assert.Equal(0, staff.GetProperty("portalAreas").GetArrayLength());
        Assert.Equal(JsonValueKind.Null, staff.GetProperty("objectIds").ValueKind);
    }

    [Fact]
    public async Task ADeactivatedUserCannotSignInOrRefreshUntilReactivated()
    {
        var customerId = await fixture.CreateCustomerAsync();
        var admin = await fixture.CustomerUserAsync(customerId, "administrator");
        var member = await fixture.CustomerUserAsync(customerId, "member");
        var refresh = (await fixture.Identity.PasswordAsync(member.Email, member.Password)).RefreshToken;

        using var deactivated = await fixture.SendAsync(admin.AccessToken, HttpMethod.Post, $"/api/identity/users/{member.UserId}/deactivate");
        var signIn = await fixture.Identity.PasswordAsync(member.Email, member.Password);
        var refreshed = await fixture.Identity.RefreshAsync(refresh);
        using var me = await fixture.SendAsync(member.AccessToken, HttpMethod.Get, "/api/identity/me");
        using var reactivated = await fixture.SendAsync(admin.AccessToken, HttpMethod.Post, $"/api/identity/users/{member.UserId}/reactivate");

        Assert.Equal(HttpStatusCode.NoContent, deactivated.StatusCode);
        Assert.Equal("invalid_grant", signIn.Error);
        Assert.Equal("invalid_grant", refreshed.Error);
        Assert.Equal(HttpStatusCode.Unauthorized, me.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, reactivated.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await fixture.Identity.PasswordAsync(member.Email, member.Password)).Status);
    }

    [Fact]
    public async Task ACustomerAdministratorDeletesAnEmployee()
    {
        var customerId = await fixture.CreateCustomerAsync();
        var admin = await fixture.CustomerUserAsync(customerId, "administrator");
        var member = await fixture.CustomerUserAsync(customerId, "member");

        using var deleted = await fixture.SendAsync(admin.AccessToken, HttpMethod.Delete, $"/api/identity/users/{member.UserId}");
        using var list = await fixture.SendAsync(admin.AccessToken, HttpMethod.Get, $"/api/identity/organizations/{customerId}/users");
        var ids = (await list.Content.ReadFromJsonAsync<JsonElement>()).EnumerateArray().Select(u => u.GetProperty("id").GetGuid()).ToList();

        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        Assert.Equal([admin.UserId], ids);
        Assert.Equal("invalid_grant", (await fixture.Identity.PasswordAsync(member.Email, member.Password)).Error);
    }

    [Fact]
    public async Task TheOwnProfileCanBeChangedAndBadValuesAreNamed()
    {
        var member = await fixture.CustomerUserAsync(await fixture.CreateCustomerAsync(), "member");

        using var changed = await fixture.SendAsync(member.AccessToken, HttpMethod.Patch, "/api/identity/me",
            new { firstName = "Erika", lastName = "Neu", salutation = "Frau", phoneNumber = "+49 30 1234", language = "en" });
        using var bad = await fixture.SendAsync(member.AccessToken, HttpMethod.Patch, "/api/identity/me", new { firstName = "", language = "fr" });
        using var me = await fixture.SendAsync(member.AccessToken, HttpMethod.Get, "/api/identity/me");
        var profile = await me.Content.ReadFromJsonAsync<JsonElement>();
        var errors = (await bad.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");

        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.True(errors.TryGetProperty("firstName", out _));
        Assert.True(errors.TryGetProperty("language", out _));
        Assert.Equal("Neu", profile.GetProperty("lastName").GetString());
        Assert.Equal("Frau", profile.GetProperty("salutation").GetString());
        Assert.Equal("+49 30 1234", profile.GetProperty("phoneNumber").GetString());
        Assert.Equal("en", profile.GetProperty("language").GetString());
        Assert.Equal(member.Email, profile.GetProperty("accountName").GetString());
    }

    private async Task<JsonElement> MeAsync(string token)
    {
        using var me = await fixture.SendAsync(token, HttpMethod.Get, "/api/identity/me");
        Assert.Equal(HttpStatusCode.OK, me.StatusCode);
        return await me.Content.ReadFromJsonAsync<JsonElement>();
    }

    private async Task<string?> StateAsync(string token, Guid organizationId, Guid userId)
    {
        using var list = await fixture.SendAsync(token, HttpMethod.Get, $"/api/identity/organizations/{organizationId}/users");
        Assert.Equal(HttpStatusCode.OK, list.StatusCode);
        return (await list.Content.ReadFromJsonAsync<JsonElement>()).EnumerateArray()
            .Single(u => u.GetProperty("id").GetGuid() == userId).GetProperty("state").GetString();
    }
}
