using System.Net;
using System.Net.Http.Json;
using Identity.Api.Tests.Infrastructure;
using Portal.Contracts.Organizations;

namespace Identity.Api.Tests;

/// <summary>Identity's copy of organizations follows tenants' events; its decisions need no call to tenants.</summary>
[Collection(IdentityCollection.Name)]
public sealed class OrganizationEventTests(IdentityFixture fixture)
{
    [Fact]
    public async Task AnArchivedCustomersUsersCanNoLongerSignInOrRefresh()
    {
        var customerId = await fixture.CreateCustomerAsync();
        var member = await fixture.CustomerUserAsync(customerId, "member");
        var refresh = (await fixture.Identity.PasswordAsync(member.Email, member.Password)).RefreshToken;

        await fixture.Bus.Publish(new CustomerArchived(customerId, IdentityFixture.ProviderId));
        await fixture.WaitForRowAsync("SELECT count(*) FROM organizations WHERE id = $1 AND archived_at IS NOT NULL", customerId);

        Assert.Equal("invalid_grant", (await fixture.Identity.PasswordAsync(member.Email, member.Password)).Error);
        Assert.Equal("invalid_grant", (await fixture.Identity.RefreshAsync(refresh)).Error);
    }

    [Fact]
    public async Task ACustomerTurnedIndividualAndBackFollowsItsUpdates()
    {
        var customerId = await fixture.CreateCustomerAsync();
        var slug = "c-" + customerId.ToString("N");

        await fixture.Bus.Publish(new CustomerUpdated(customerId, IdentityFixture.ProviderId, "Renamed", slug, CustomerTypes.Individual, null, false));
        await fixture.WaitForRowAsync("SELECT count(*) FROM organizations WHERE id = $1 AND customer_type = 'individual'", customerId);
        using var refused = await InviteAsync(customerId);
        await fixture.Bus.Publish(new CustomerUpdated(customerId, IdentityFixture.ProviderId, "Renamed", slug, CustomerTypes.Corporate, null, false));
        await fixture.WaitForRowAsync("SELECT count(*) FROM organizations WHERE id = $1 AND customer_type = 'corporate'", customerId);
        using var accepted = await InviteAsync(customerId);

        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Equal(HttpStatusCode.Created, accepted.StatusCode);
    }

    [Fact]
    public async Task RevertedIndependenceLetsTheProviderInviteAgain()
    {
        var customerId = await fixture.CreateCustomerAsync(independent: true);
        using var refused = await InviteAsync(customerId);

        await fixture.Bus.Publish(new CustomerIndependenceReverted(customerId, IdentityFixture.ProviderId));
        await fixture.WaitForRowAsync("SELECT count(*) FROM organizations WHERE id = $1 AND NOT independent", customerId);
        using var accepted = await InviteAsync(customerId);

        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Equal(HttpStatusCode.Created, accepted.StatusCode);
    }

    [Fact]
    public async Task AnArchivedDepartmentCanNoLongerBeGranted()
    {
        var departmentId = await fixture.CreateDepartmentAsync();
        var colleague = await fixture.StaffAsync("department-administrator");
        await fixture.Bus.Publish(new DepartmentArchived(departmentId, IdentityFixture.ProviderId));
        await fixture.WaitForRowAsync("SELECT count(*) FROM departments WHERE id = $1 AND archived_at IS NOT NULL", departmentId);

        using var response = await fixture.SendAsync(await fixture.AdministratorTokenAsync(), HttpMethod.Patch, $"/api/identity/users/{colleague.UserId}",
            new { departmentIds = new[] { departmentId } });
        var errors = await response.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True(errors.GetProperty("errors").TryGetProperty("departmentIds", out _));
    }

    private async Task<HttpResponseMessage> InviteAsync(Guid customerId) =>
        await fixture.SendAsync(await fixture.AdministratorTokenAsync(), HttpMethod.Post, $"/api/identity/customers/{customerId}/invitations",
            new { firstName = "Eve", lastName = "Ent", email = Actors.UniqueEmail(), language = "en", role = "member" });
}
