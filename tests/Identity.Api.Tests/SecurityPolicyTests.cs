using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Identity.Api.Tests.Infrastructure;

namespace Identity.Api.Tests;

/// <summary>An organization's sign-in policy: requiring two-factor, and who may set it.</summary>
[Collection(IdentityCollection.Name)]
public sealed class SecurityPolicyTests(IdentityFixture fixture)
{
    [Fact]
    public async Task AUserOfAnOrganizationThatRequiresTwoFactorCanOnlyEnrolUntilTheyHaveIt()
    {
        var customerId = await fixture.CreateCustomerAsync();
        var administrator = await fixture.CustomerUserAsync(customerId, "administrator");
        var member = await fixture.CustomerUserAsync(customerId, "member");

        using var required = await fixture.SendAsync(await fixture.AdministratorTokenAsync(), HttpMethod.Put,
            $"/api/identity/organizations/{customerId}/security-policy", new { requireTwoFactor = true });
        var memberToken = await fixture.Identity.SignInAsync(member.Email, member.Password);
        var meBefore = await GetJsonAsync(memberToken, "/api/identity/me");
        var statusBefore = await GetJsonAsync(memberToken, "/api/identity/me/two-factor");
        using var teamWithoutTwoFactor = await fixture.SendAsync(administrator.AccessToken, HttpMethod.Get, $"/api/identity/organizations/{customerId}/users");

        await fixture.Clock.FreezeAsync();
        try
        {
            var (sharedKey, _) = await fixture.EnableTwoFactorAsync(memberToken);
            var enrolled = await fixture.Identity.PasswordWithCodeAsync(member.Email, member.Password, await fixture.NextCodeAsync(sharedKey));
            var meAfter = await GetJsonAsync(enrolled.AccessToken, "/api/identity/me");

            Assert.Equal(HttpStatusCode.OK, required.StatusCode);
            Assert.True((await required.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("requireTwoFactor").GetBoolean());
            Assert.Equal(0, meBefore.GetProperty("permissions").GetArrayLength());
            Assert.True(statusBefore.GetProperty("required").GetBoolean());
            Assert.False(statusBefore.GetProperty("enabled").GetBoolean());
            Assert.Equal(HttpStatusCode.Forbidden, teamWithoutTwoFactor.StatusCode);
            Assert.NotEqual(0, meAfter.GetProperty("permissions").GetArrayLength());
        }
        finally
        {
            await fixture.Clock.ResetAsync();
        }
    }

    [Fact]
    public async Task OnlyWhoAdministersTheOrganizationSetsItsPolicyAndOthersLearnNothing()
    {
        var customerId = await fixture.CreateCustomerAsync();
        var administrator = await fixture.CustomerUserAsync(customerId, "administrator");
        var member = await fixture.CustomerUserAsync(customerId, "member");
        var stranger = await fixture.CustomerUserAsync(await fixture.CreateCustomerAsync(), "administrator");
        var path = $"/api/identity/organizations/{customerId}/security-policy";

        using var byStranger = await fixture.SendAsync(stranger.AccessToken, HttpMethod.Put, path, new { requireTwoFactor = false });
        using var readByStranger = await fixture.SendAsync(stranger.AccessToken, HttpMethod.Get, path);
        using var unknownOrganization = await fixture.SendAsync(stranger.AccessToken, HttpMethod.Get, $"/api/identity/organizations/{Guid.NewGuid()}/security-policy");
        using var byMember = await fixture.SendAsync(member.AccessToken, HttpMethod.Put, path, new { requireTwoFactor = false });
        using var withoutValue = await fixture.SendAsync(administrator.AccessToken, HttpMethod.Put, path, new { });
        using var lockingThemselvesOut = await fixture.SendAsync(administrator.AccessToken, HttpMethod.Put, path, new { requireTwoFactor = true });
        using var optional = await fixture.SendAsync(administrator.AccessToken, HttpMethod.Put, path, new { requireTwoFactor = false });
        var policy = await GetJsonAsync(administrator.AccessToken, path);

        Assert.Equal(HttpStatusCode.NotFound, byStranger.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, readByStranger.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknownOrganization.StatusCode);
        Assert.Equal(
            (await unknownOrganization.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("title").GetString(),
            (await readByStranger.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("title").GetString());
        Assert.Equal(HttpStatusCode.Forbidden, byMember.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, withoutValue.StatusCode);
        Assert.True((await withoutValue.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("requireTwoFactor", out _));
        Assert.Equal(HttpStatusCode.Conflict, lockingThemselvesOut.StatusCode);
        Assert.Equal(HttpStatusCode.OK, optional.StatusCode);
        Assert.False(policy.GetProperty("requireTwoFactor").GetBoolean());
    }

    private async Task<JsonElement> GetJsonAsync(string accessToken, string path)
    {
        using var response = await fixture.SendAsync(accessToken, HttpMethod.Get, path);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }
}
