using System.Net;
using Identity.Api.Tests.Infrastructure;

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
        var customerId = await fixture.CreateTenantsCustomerAsync();
        var staff = await fixture.StaffAsync("administrator");
        await fixture.WaitForTenantsCustomerStatusAsync(staff.AccessToken, customerId, HttpStatusCode.OK);

        using var deactivated = await fixture.SendAsync(admin, HttpMethod.Post, $"/api/identity/users/{staff.UserId}/deactivate");

        Assert.Equal(HttpStatusCode.NoContent, deactivated.StatusCode);
        await fixture.WaitForTenantsCustomerStatusAsync(staff.AccessToken, customerId, HttpStatusCode.NotFound);
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
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal(Visible(await unknown.JsonAsync()), Visible(await deactivate.JsonAsync()));
        Assert.Equal(HttpStatusCode.OK, (await fixture.Identity.RefreshAsync(session.RefreshToken)).Status);
        Assert.Equal(HttpStatusCode.OK, (await fixture.Identity.PasswordAsync(victim.Email, victim.Password)).Status);
    }

    // Problem details name the request's path; what they say about the user must not differ.
    private static string Visible(System.Text.Json.JsonElement problem) =>
        string.Join("|", problem.EnumerateObject().Where(p => p.Name is not ("instance" or "traceId")).Select(p => $"{p.Name}={p.Value}"));
}
