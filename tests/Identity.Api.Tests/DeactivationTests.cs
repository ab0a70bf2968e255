using System.Net;
using System.Net.Http.Json;
using Identity.Api.Tests.Infrastructure;
using Portal.Testing;

namespace Identity.Api.Tests;

/// <summary>Deactivation ends every session at once (ASVS 7.4.2); reactivation is always possible.</summary>
[Collection(IdentityCollection.Name)]
public sealed class DeactivationTests(IdentityFixture fixture)
{
    [Fact]
    public async Task ADeactivatedUserCannotSignInOrRefreshAndIdentityRefusesTheirAccessToken()
    {
        var (member, session) = await fixture.SignedInMemberAsync();
        var admin = await fixture.AdministratorTokenAsync();

        using var deactivated = await fixture.SendAsync(admin, HttpMethod.Post, $"/api/identity/users/{member.UserId}/deactivate");
        using var me = await fixture.SendAsync(session.AccessToken, HttpMethod.Get, "/api/identity/me");
        var refresh = await fixture.Identity.RefreshAsync(session.RefreshToken);
        var signIn = await fixture.Identity.PasswordAsync(member.Email, member.Password);
        var notice = await fixture.LatestEventAsync(AccountLinks.UserDeactivated, member.UserId);

        Assert.Equal(HttpStatusCode.NoContent, deactivated.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, me.StatusCode);
        Assert.Equal("invalid_grant", refresh.Error);
        Assert.Equal("invalid_grant", signIn.Error);
        Assert.Equal(member.Email, notice!.Value.GetProperty("email").GetString());
        Assert.Equal(0L, await fixture.IdentityDb.ScalarAsync<long>(
            "SELECT count(*) FROM openiddict_tokens WHERE subject = $1 AND status <> 'revoked'", member.UserId.ToString()));
        Assert.Equal(0L, await fixture.IdentityDb.ScalarAsync<long>(
            "SELECT count(*) FROM openiddict_authorizations WHERE subject = $1 AND status <> 'revoked'", member.UserId.ToString()));
        Assert.Equal(1L, await fixture.IdentityDb.ScalarAsync<long>(
            "SELECT count(*) FROM audit_entries WHERE action = 'user.deactivated' AND subject_user_id = $1", member.UserId));
    }

    [Fact]
    public async Task AReactivatedUserSignsInAgainButOldSessionsStayEnded()
    {
        var (member, session) = await fixture.SignedInMemberAsync();
        var admin = await fixture.AdministratorTokenAsync();

        using var deactivated = await fixture.SendAsync(admin, HttpMethod.Post, $"/api/identity/users/{member.UserId}/deactivate");
        using var reactivated = await fixture.SendAsync(admin, HttpMethod.Post, $"/api/identity/users/{member.UserId}/reactivate");

        Assert.Equal(HttpStatusCode.NoContent, reactivated.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await fixture.Identity.PasswordAsync(member.Email, member.Password)).Status);
        Assert.Equal("invalid_grant", (await fixture.Identity.RefreshAsync(session.RefreshToken)).Error);
        Assert.Equal(1L, await fixture.IdentityDb.ScalarAsync<long>(
            "SELECT count(*) FROM audit_entries WHERE action = 'user.reactivated' AND subject_user_id = $1", member.UserId));
    }

    [Fact]
    public async Task TenantsRefusesADeactivatedStaffMembersTokenOnceTheEventArrived()
    {
        var admin = await fixture.AdministratorTokenAsync();
        using var create = new HttpRequestMessage(HttpMethod.Post, "/api/tenants/customers").WithBearer(admin);
        create.Content = JsonContent.Create(new { name = "Deactivation Ltd", type = "corporate" });
        using var created = await fixture.Tenants.SendAsync(create);
        var customerId = (await created.JsonAsync()).GetProperty("id").GetGuid();
        var staff = await fixture.StaffAsync("administrator");
        await Eventually.ReturnsAsync(
            async () => { using var response = await TenantsCustomerAsync(staff.AccessToken, customerId); return response.StatusCode; },
            status => status == HttpStatusCode.OK, because: "tenants to know the customer and the staff member");

        using var deactivated = await fixture.SendAsync(admin, HttpMethod.Post, $"/api/identity/users/{staff.UserId}/deactivate");

        Assert.Equal(HttpStatusCode.NoContent, deactivated.StatusCode);
        await Eventually.ReturnsAsync(
            async () => { using var response = await TenantsCustomerAsync(staff.AccessToken, customerId); return response.StatusCode; },
            status => status == HttpStatusCode.NotFound, because: "tenants to learn that the staff member is deactivated");
    }

    [Fact]
    public async Task AnotherOrganizationsAdministratorCannotDeactivateReactivateOrDeleteAUser()
    {
        var intruder = await fixture.CustomerUserAsync(await fixture.CreateCustomerAsync(), "administrator");
        var (victim, session) = await fixture.SignedInMemberAsync();

        using var deactivate = await fixture.SendAsync(intruder.AccessToken, HttpMethod.Post, $"/api/identity/users/{victim.UserId}/deactivate");
        using var reactivate = await fixture.SendAsync(intruder.AccessToken, HttpMethod.Post, $"/api/identity/users/{victim.UserId}/reactivate");
        using var delete = await fixture.SendAsync(intruder.AccessToken, HttpMethod.Delete, $"/api/identity/users/{victim.UserId}");
        using var unknown = await fixture.SendAsync(intruder.AccessToken, HttpMethod.Post, $"/api/identity/users/{Guid.NewGuid()}/deactivate");

        Assert.All([deactivate, reactivate, delete], r => Assert.Equal(HttpStatusCode.NotFound, r.StatusCode));
        // The same answer as for an id that does not exist: nothing is revealed.
        Assert.Equal(await unknown.Content.ReadAsStringAsync(), await deactivate.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, (await fixture.Identity.RefreshAsync(session.RefreshToken)).Status);
        Assert.Equal(HttpStatusCode.OK, (await fixture.Identity.PasswordAsync(victim.Email, victim.Password)).Status);
    }

    private async Task<HttpResponseMessage> TenantsCustomerAsync(string accessToken, Guid customerId)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/tenants/customers/{customerId}").WithBearer(accessToken);
        return await fixture.Tenants.SendAsync(request);
    }
}
