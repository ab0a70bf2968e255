using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Identity.Api.Tests.Infrastructure;

namespace Identity.Api.Tests;

/// <summary>Nobody grants more than they hold.</summary>
[Collection(IdentityCollection.Name)]
public sealed class EscalationTests(IdentityFixture fixture)
{
    [Fact]
    public async Task ADepartmentAdministratorCannotMakeAnAdministratorNorWidenAccessNorTouchTheAdministrator()
    {
        var departmentId = await fixture.CreateDepartmentAsync();
        var departmentAdmin = await fixture.StaffAsync("department-administrator", new { departmentIds = new[] { departmentId } });
        var colleague = await fixture.StaffAsync("department-administrator", new { departmentIds = new[] { departmentId } });
        var administrator = await fixture.StaffAsync("administrator");

        using var makeAdministrator = await fixture.SendAsync(departmentAdmin.AccessToken, HttpMethod.Post, $"/api/identity/organizations/{IdentityFixture.ProviderId}/users",
            new { firstName = "Up", lastName = "Grade", email = Actors.UniqueEmail(), language = "en", role = "administrator", sendInvitation = false });
        using var promote = await fixture.SendAsync(departmentAdmin.AccessToken, HttpMethod.Patch, $"/api/identity/users/{colleague.UserId}", new { role = "administrator" });
        using var allCustomers = await fixture.SendAsync(departmentAdmin.AccessToken, HttpMethod.Patch, $"/api/identity/users/{colleague.UserId}",
            new { accessibleAccounts = new { all = true } });
        using var demoteAdministrator = await fixture.SendAsync(departmentAdmin.AccessToken, HttpMethod.Patch, $"/api/identity/users/{administrator.UserId}", new { role = "content-creator" });
        using var deactivateAdministrator = await fixture.SendAsync(departmentAdmin.AccessToken, HttpMethod.Post, $"/api/identity/users/{administrator.UserId}/deactivate");

        Assert.Equal(HttpStatusCode.Forbidden, makeAdministrator.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, promote.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, allCustomers.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, demoteAdministrator.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, deactivateAdministrator.StatusCode);
        Assert.Equal("department-administrator", (await fixture.Identity.PasswordAsync(colleague.Email, colleague.Password)).Claims.GetProperty("role").GetString());
        Assert.Equal(HttpStatusCode.OK, (await fixture.Identity.PasswordAsync(administrator.Email, administrator.Password)).Status);
    }

    [Fact]
    public async Task NobodyChangesTheirOwnRole()
    {
        var departmentAdmin = await fixture.StaffAsync("department-administrator");

        using var self = await fixture.SendAsync(departmentAdmin.AccessToken, HttpMethod.Patch, $"/api/identity/users/{departmentAdmin.UserId}", new { role = "administrator" });

        Assert.Equal(HttpStatusCode.Forbidden, self.StatusCode);
    }

    [Fact]
    public async Task ACustomRoleComposerCannotAddPermissionsTheyDoNotHold()
    {
        using var composerRole = await fixture.SendAsync(await fixture.AdministratorTokenAsync(), HttpMethod.Post, "/api/identity/roles",
            new { name = "Role composer " + Guid.NewGuid().ToString("N")[..6], permissions = new[] { "roles.manage", "customers.read" } });
        var composer = await fixture.StaffAsync("custom", customRoleId: (await composerRole.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid());

        using var wider = await fixture.SendAsync(composer.AccessToken, HttpMethod.Post, "/api/identity/roles",
            new { name = "Wider", permissions = new[] { "customers.read", "users.manage" } });
        using var within = await fixture.SendAsync(composer.AccessToken, HttpMethod.Post, "/api/identity/roles",
            new { name = "Within " + Guid.NewGuid().ToString("N")[..6], permissions = new[] { "customers.read" } });
        var problem = await wider.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.Forbidden, wider.StatusCode);
        Assert.Contains("users.manage", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Created, within.StatusCode);
    }

    [Fact]
    public async Task ACustomerAdministratorHandsOutOnlyTheAreasAndObjectsTheyHave()
    {
        var customerId = await fixture.CreateCustomerAsync();
        var admin = await fixture.CustomerUserAsync(customerId, "administrator");
        var member = await fixture.CustomerUserAsync(customerId, "member");
        var ownObject = await fixture.CreateObjectAsync(customerId);
        var anotherObject = await fixture.CreateObjectAsync(customerId);
        using var limit = await fixture.SendAsync(await fixture.AdministratorTokenAsync(), HttpMethod.Patch, $"/api/identity/users/{admin.UserId}",
            new { portalAreas = new[] { "tickets", "team" }, objectIds = new[] { ownObject } });

        using var moreAreas = await fixture.SendAsync(admin.AccessToken, HttpMethod.Patch, $"/api/identity/users/{member.UserId}", new { portalAreas = new[] { "dashboard" } });
        using var otherObjects = await fixture.SendAsync(admin.AccessToken, HttpMethod.Patch, $"/api/identity/users/{member.UserId}", new { portalAreas = new[] { "tickets" }, objectIds = new[] { anotherObject } });
        using var allowed = await fixture.SendAsync(admin.AccessToken, HttpMethod.Patch, $"/api/identity/users/{member.UserId}",
            new { portalAreas = new[] { "tickets" }, objectIds = new[] { ownObject } });

        Assert.Equal(HttpStatusCode.OK, limit.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, moreAreas.StatusCode);
        Assert.True((await moreAreas.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("portalAreas", out _));
        Assert.Equal(HttpStatusCode.Forbidden, otherObjects.StatusCode);
        Assert.True((await otherObjects.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("objectIds", out _));
        Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
    }

    [Fact]
    public async Task AModeratorCannotManageTheTeam()
    {
        var customerId = await fixture.CreateCustomerAsync();
        var moderator = await fixture.CustomerUserAsync(customerId, "moderator");
        var member = await fixture.CustomerUserAsync(customerId, "member");

        using var promote = await fixture.SendAsync(moderator.AccessToken, HttpMethod.Patch, $"/api/identity/users/{member.UserId}", new { role = "administrator" });
        using var add = await fixture.SendAsync(moderator.AccessToken, HttpMethod.Post, $"/api/identity/organizations/{customerId}/users",
            new { firstName = "Self", lastName = "Made", email = Actors.UniqueEmail(), language = "en", role = "administrator", sendInvitation = false });

        Assert.Equal(HttpStatusCode.Forbidden, promote.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, add.StatusCode);
    }
}
