using Identity.Api.Tests.Infrastructure;

namespace Identity.Api.Tests;

/// <summary>Every sign-in leaves a trace in the audit log: who, what came of it, from which address.</summary>
[Collection(IdentityCollection.Name)]
public sealed class SignInAuditTests(IdentityFixture fixture)
{
    [Fact]
    public async Task SuccessFailureAndLockoutAreAuditedWithTheClientsAddress()
    {
        var member = await fixture.CustomerUserAsync(await fixture.CreateCustomerAsync(), "member");
        var address = $"203.0.113.{Random.Shared.Next(1, 255)}";
        await fixture.Clock.FreezeAsync();
        try
        {
            await SignInFromAsync(address, member.Email, member.Password);
            for (var attempt = 0; attempt < 5; attempt++)
            {
                await SignInFromAsync(address, member.Email, "wrong password, again");
            }

            Assert.Equal(1L, await CountAsync(member.UserId, "sign-in.succeeded", address));
            Assert.Equal(5L, await CountAsync(member.UserId, "sign-in.failed", address));
            Assert.Equal(1L, await CountAsync(member.UserId, "sign-in.locked-out", address));
            Assert.Equal(member.OrganizationId.ToString(), await fixture.IdentityDb.ScalarAsync<string>(
                "SELECT DISTINCT organization_id::text FROM audit_entries WHERE subject_user_id = $1 AND action LIKE 'sign-in.%'", member.UserId));
        }
        finally
        {
            await fixture.Clock.ResetAsync();
        }
    }

    [Fact]
    public async Task AFailedSignInUnderAnUnknownNameIsAuditedWithoutTheName()
    {
        var address = $"203.0.113.{Random.Shared.Next(1, 255)}";
        var typed = Actors.UniqueEmail("nobody");

        await SignInFromAsync(address, typed, "some password");

        Assert.True(await fixture.IdentityDb.ScalarAsync<long>(
            "SELECT count(*) FROM audit_entries WHERE action = 'sign-in.failed' AND ip_address = $1 AND subject_user_id IS NULL", address) >= 1);
        Assert.Equal(0L, await fixture.IdentityDb.ScalarAsync<long>(
            "SELECT count(*) FROM audit_entries WHERE details LIKE '%' || $1 || '%'", typed));
        Assert.Equal(0L, await fixture.IdentityDb.ScalarAsync<long>(
            "SELECT count(*) FROM sign_in_throttles WHERE key LIKE '%' || $1 || '%'", typed));
    }

    private async Task SignInFromAsync(string address, string username, string password)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/connect/token")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["grant_type"] = "password",
                ["client_id"] = "portal-cli",
                ["username"] = username,
                ["password"] = password,
                ["scope"] = Tokens.Scope,
            }),
        };
        request.Headers.Add("X-Forwarded-For", address);
        using var response = await fixture.Identity.SendAsync(request);
    }

    private async Task<long> CountAsync(Guid userId, string action, string address) =>
        await fixture.IdentityDb.ScalarAsync<long>(
            "SELECT count(*) FROM audit_entries WHERE subject_user_id = $1 AND action = $2 AND ip_address = $3", userId, action, address);
}
