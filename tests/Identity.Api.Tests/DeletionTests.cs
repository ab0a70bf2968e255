using System.Net;
using Identity.Api.Tests.Infrastructure;
using Portal.Testing;

namespace Identity.Api.Tests;

/// <summary>Deleting an account removes the person's data; the audit trail stays, anonymous.</summary>
[Collection(IdentityCollection.Name)]
public sealed class DeletionTests(IdentityFixture fixture)
{
    [Fact]
    public async Task DeletingAUserRemovesTheirPersonalDataSessionsAndLinks()
    {
        var (member, session) = await fixture.SignedInMemberAsync();
        var admin = await fixture.AdministratorTokenAsync();
        using var reset = await fixture.PostAnonymousAsync("/api/identity/password-reset", new { email = member.Email });
        // The invitation mail went out; its copy in the outbox holds the address.
        await WaitUntilSentAsync(member.UserId);

        using var deleted = await fixture.SendAsync(admin, HttpMethod.Delete, $"/api/identity/users/{member.UserId}");

        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        Assert.Equal("invalid_grant", (await fixture.Identity.RefreshAsync(session.RefreshToken)).Error);
        Assert.Equal("invalid_grant", (await fixture.Identity.PasswordAsync(member.Email, member.Password)).Error);
        Assert.Equal(0L, await CountAsync("SELECT count(*) FROM users WHERE id = $1 OR normalized_email = upper($2)", member.UserId, member.Email));
        Assert.Equal(0L, await CountAsync("SELECT count(*) FROM invitations WHERE user_id = $1", member.UserId));
        Assert.Equal(0L, await CountAsync("SELECT count(*) FROM openiddict_tokens WHERE subject = $1", member.UserId.ToString()));
        Assert.Equal(0L, await CountAsync("SELECT count(*) FROM openiddict_authorizations WHERE subject = $1", member.UserId.ToString()));
        Assert.Equal(0L, await CountAsync("SELECT count(*) FROM outbox_messages WHERE sent_at IS NOT NULL AND body::text ILIKE '%' || $1 || '%'", member.Email));
        Assert.Equal(0L, await CountAsync("SELECT count(*) FROM audit_entries WHERE actor_user_id = $1 AND ip_address IS NOT NULL", member.UserId));
        Assert.Equal(1L, await CountAsync("SELECT count(*) FROM audit_entries WHERE action = 'user.deleted' AND subject_user_id = $1", member.UserId));
        Assert.True(await CountAsync("SELECT count(*) FROM audit_entries WHERE subject_user_id = $1", member.UserId) > 1);
        Assert.Equal(1L, await fixture.EventCountAsync(AccountLinks.UserDeleted, member.UserId));
    }

    [Fact]
    public async Task TenantsForgetsTheScopeOfADeletedUser()
    {
        var customerId = await fixture.CreateTenantsCustomerAsync();
        var staff = await fixture.StaffAsync("administrator");
        await fixture.WaitForTenantsCustomerStatusAsync(staff.AccessToken, customerId, HttpStatusCode.OK);
        var tenantsDb = new Infrastructure.Database((await fixture.App.GetConnectionStringAsync("tenantsdb"))!);
        await Eventually.ReturnsAsync(
            () => tenantsDb.ScalarAsync<bool>("SELECT coalesce(bool_or(active), false) FROM user_scopes WHERE user_id = $1", staff.UserId),
            active => active, because: "tenants to know the staff member");

        using var deleted = await fixture.SendAsync(await fixture.AdministratorTokenAsync(), HttpMethod.Delete, $"/api/identity/users/{staff.UserId}");

        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        await Eventually.ReturnsAsync(
            () => tenantsDb.ScalarAsync<string>(
                "SELECT role || '|' || active || '|' || cardinality(permissions) || '|' || all_customers FROM user_scopes WHERE user_id = $1", staff.UserId),
            scope => scope == "|false|0|false", because: "tenants to forget the deleted user's scope");
        // The token the deleted user still holds no longer shows them anything.
        await fixture.WaitForTenantsCustomerStatusAsync(staff.AccessToken, customerId, HttpStatusCode.NotFound);
    }

    private Task<long> CountAsync(string sql, params object[] parameters) => fixture.IdentityDb.ScalarAsync<long>(sql, parameters);

    private async Task WaitUntilSentAsync(Guid userId) =>
        await Eventually.ReturnsAsync(
            () => fixture.IdentityDb.ScalarAsync<long>("SELECT count(*) FROM outbox_messages WHERE sent_at IS NULL AND body->>'userId' = $1", userId.ToString()),
            unsent => unsent == 0, because: "the outbox to send the user's events");
}
