using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Identity.Api.Tests.Infrastructure;

namespace Identity.Api.Tests;

/// <summary>The set-password link that staff or a customer's administrator send: single use, seven days.</summary>
[Collection(IdentityCollection.Name)]
public sealed class PasswordLinkExpiryTests(IdentityFixture fixture)
{
    [Theory]
    [InlineData(7 * 24 * 3600 - 1, HttpStatusCode.OK)]
    [InlineData(7 * 24 * 3600, HttpStatusCode.Gone)]
    public async Task TheLinkLivesSevenDays(int secondsLater, HttpStatusCode expected)
    {
        var userId = await EmployeeWithoutAccessAsync();
        try
        {
            await fixture.Clock.FreezeAsync();
            using var sent = await fixture.SendAsync(await fixture.AdministratorTokenAsync(), HttpMethod.Post, $"/api/identity/users/{userId}/password-link");
            var token = await fixture.LatestLinkTokenAsync(userId);

            await fixture.Clock.AdvanceAsync(TimeSpan.FromSeconds(secondsLater));
            using var accepted = await fixture.AcceptAsync(token);

            Assert.Equal(HttpStatusCode.Accepted, sent.StatusCode);
            Assert.Equal(expected, accepted.StatusCode);
        }
        finally
        {
            await fixture.Clock.ResetAsync();
        }
    }

    [Fact]
    public async Task TheLinkWorksOnce()
    {
        var userId = await EmployeeWithoutAccessAsync();
        using var sent = await fixture.SendAsync(await fixture.AdministratorTokenAsync(), HttpMethod.Post, $"/api/identity/users/{userId}/password-link");
        var token = await fixture.LatestLinkTokenAsync(userId);

        using var first = await fixture.AcceptAsync(token);
        using var second = await fixture.AcceptAsync(token, "somebody else's new password");

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.Gone, second.StatusCode);
        var email = await fixture.IdentityDb.ScalarAsync<string>("SELECT email FROM users WHERE id = $1", userId);
        Assert.Equal(HttpStatusCode.OK, (await fixture.Identity.PasswordAsync(email!, Actors.Password)).Status);
    }

    private async Task<Guid> EmployeeWithoutAccessAsync()
    {
        var customerId = await fixture.CreateCustomerAsync();
        using var created = await fixture.SendAsync(await fixture.AdministratorTokenAsync(), HttpMethod.Post, $"/api/identity/organizations/{customerId}/users",
            new { firstName = "Nora", lastName = "Access", email = Actors.UniqueEmail("no-access"), language = "en", role = "member", sendInvitation = false });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        return (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }
}
