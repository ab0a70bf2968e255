using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Identity.Api.Tests.Infrastructure;

namespace Identity.Api.Tests;

/// <summary>A user of another organization sees and changes nothing, on every route that takes an id.</summary>
[Collection(IdentityCollection.Name)]
public sealed class IsolationTests(IdentityFixture fixture)
{
    [Fact]
    public async Task ACustomerAdministratorGets404ForEveryRouteOfAnotherOrganizationAndNothingChanges()
    {
        var ownCustomer = await fixture.CreateCustomerAsync();
        var otherCustomer = await fixture.CreateCustomerAsync();
        var intruder = await fixture.CustomerUserAsync(ownCustomer, "administrator");
        var victim = await fixture.CustomerUserAsync(otherCustomer, "administrator");
        var pending = await fixture.InviteAsync(otherCustomer, "member");

        var statuses = await AllRoutesAsync(intruder.AccessToken, otherCustomer, victim.UserId, pending.GetProperty("id").GetGuid());

        Assert.All(statuses, route => Assert.True(route.Status == HttpStatusCode.NotFound, $"{route.Name}: {(int)route.Status}"));
        Assert.Equal(HttpStatusCode.OK, (await fixture.Identity.PasswordAsync(victim.Email, victim.Password)).Status);
        Assert.Equal(1L, await fixture.IdentityDb.ScalarAsync<long>("SELECT count(*) FROM users WHERE id = $1", pending.GetProperty("userId").GetGuid()));
        Assert.Equal(2L, await fixture.IdentityDb.ScalarAsync<long>("SELECT count(*) FROM users WHERE organization_id = $1", otherCustomer));
    }

    [Fact]
    public async Task ADepartmentAdministratorGets404ForACustomerOfAnotherDepartment()
    {
        var ownDepartment = await fixture.CreateDepartmentAsync();
        var otherDepartment = await fixture.CreateDepartmentAsync();
        var otherCustomer = await fixture.CreateCustomerAsync(departmentId: otherDepartment);
        var departmentAdmin = await fixture.StaffAsync("department-administrator", new { departmentIds = new[] { ownDepartment } });
        var victim = await fixture.CustomerUserAsync(otherCustomer, "administrator");
        var pending = await fixture.InviteAsync(otherCustomer, "member");

        var statuses = await AllRoutesAsync(departmentAdmin.AccessToken, otherCustomer, victim.UserId, pending.GetProperty("id").GetGuid());

        Assert.All(statuses, route => Assert.True(route.Status == HttpStatusCode.NotFound, $"{route.Name}: {(int)route.Status}"));
        Assert.Equal(HttpStatusCode.OK, (await fixture.Identity.PasswordAsync(victim.Email, victim.Password)).Status);
    }

    [Fact]
    public async Task AStaffMemberLimitedToSomeCustomersGets404ForTheOthers()
    {
        var allowedCustomer = await fixture.CreateCustomerAsync();
        var otherCustomer = await fixture.CreateCustomerAsync();
        var limited = await fixture.StaffAsync("administrator", new { accessibleAccounts = new { all = false, customerIds = new[] { allowedCustomer } } });

        using var allowed = await fixture.SendAsync(limited.AccessToken, HttpMethod.Get, $"/api/identity/organizations/{allowedCustomer}/users");
        using var other = await fixture.SendAsync(limited.AccessToken, HttpMethod.Get, $"/api/identity/organizations/{otherCustomer}/users");

        Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, other.StatusCode);
    }

    [Fact]
    public async Task CustomerUsersCannotReachTheProviderOrItsRoles()
    {
        var customer = await fixture.CustomerUserAsync(await fixture.CreateCustomerAsync(), "administrator");
        using var role = await fixture.SendAsync(await fixture.AdministratorTokenAsync(), HttpMethod.Post, "/api/identity/roles",
            new { name = "Hidden " + Guid.NewGuid().ToString("N")[..6], permissions = new[] { "customers.read" } });
        var roleId = (await role.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();

        using var staff = await fixture.SendAsync(customer.AccessToken, HttpMethod.Get, $"/api/identity/organizations/{IdentityFixture.ProviderId}/users");
        using var deleteRole = await fixture.SendAsync(customer.AccessToken, HttpMethod.Delete, $"/api/identity/roles/{roleId}");

        Assert.Equal(HttpStatusCode.NotFound, staff.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, deleteRole.StatusCode);
    }

    private async Task<List<(string Name, HttpStatusCode Status)>> AllRoutesAsync(string token, Guid organizationId, Guid userId, Guid invitationId)
    {
        var newUser = new { firstName = "X", lastName = "Y", email = Actors.UniqueEmail(), language = "en", role = "member", sendInvitation = false };
        (string Name, HttpMethod Method, string Path, object? Body)[] routes =
        [
            ("list users", HttpMethod.Get, $"/api/identity/organizations/{organizationId}/users", null),
            ("create user", HttpMethod.Post, $"/api/identity/organizations/{organizationId}/users", newUser),
            ("change user", HttpMethod.Patch, $"/api/identity/users/{userId}", new { role = "member" }),
            ("deactivate", HttpMethod.Post, $"/api/identity/users/{userId}/deactivate", null),
            ("reactivate", HttpMethod.Post, $"/api/identity/users/{userId}/reactivate", null),
            ("password link", HttpMethod.Post, $"/api/identity/users/{userId}/password-link", null),
            ("delete user", HttpMethod.Delete, $"/api/identity/users/{userId}", null),
            ("invite", HttpMethod.Post, $"/api/identity/customers/{organizationId}/invitations", newUser),
            ("list invitations", HttpMethod.Get, $"/api/identity/customers/{organizationId}/invitations", null),
            ("resend invitation", HttpMethod.Post, $"/api/identity/invitations/{invitationId}/resend", null),
            ("delete invitation", HttpMethod.Delete, $"/api/identity/invitations/{invitationId}", null),
        ];
        var statuses = new List<(string, HttpStatusCode)>();
        foreach (var (name, method, path, body) in routes)
        {
            using var response = await fixture.SendAsync(token, method, path, body);
            statuses.Add((name, response.StatusCode));
        }

        return statuses;
    }
}
