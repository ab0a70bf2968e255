using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Identity.Api.Tests.Infrastructure;

namespace Identity.Api.Tests;

/// <summary>Every role against every operation: what it may do, and how it is refused otherwise.</summary>
[Collection(IdentityCollection.Name)]
public sealed class PermissionMatrixTests(IdentityFixture fixture)
{
    private const HttpStatusCode Ok = HttpStatusCode.OK;
    private const HttpStatusCode Created = HttpStatusCode.Created;
    private const HttpStatusCode Forbidden = HttpStatusCode.Forbidden;
    private const HttpStatusCode NotFound = HttpStatusCode.NotFound;

    private static readonly string[] Roles =
        ["administrator", "department-administrator", "content-creator", "custom", "customer-member", "customer-moderator", "customer-administrator"];

    // Operation -> expected status per role, in the order of Roles.
    private static readonly (string Operation, HttpStatusCode[] Expected)[] Matrix =
    [
        ("invite to the customer", [Created, Created, Created, Forbidden, NotFound, NotFound, NotFound]),
        ("list the customer's invitations", [Ok, Ok, Ok, Forbidden, NotFound, NotFound, NotFound]),
        ("list the customer's users", [Ok, Ok, Ok, Ok, Forbidden, Forbidden, Ok]),
        ("add a user to the customer", [Created, Created, Forbidden, Forbidden, Forbidden, Forbidden, Created]),
        ("compose a custom role", [Created, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden]),
        ("list provider roles", [Ok, Ok, Ok, Ok, Forbidden, Forbidden, Forbidden]),
        ("add a content creator colleague", [Created, Forbidden, Forbidden, Forbidden, NotFound, NotFound, NotFound]),
        ("read my profile", [Ok, Ok, Ok, Ok, Ok, Ok, Ok]),
    ];

    [Fact]
    public async Task EachRoleMayDoExactlyWhatTheMatrixSays()
    {
        var departmentId = await fixture.CreateDepartmentAsync();
        var customerId = await fixture.CreateCustomerAsync(departmentId: departmentId);
        var customRoleId = await CreateCustomRoleAsync(["customers.read", "users.read"]);
        var actors = new Dictionary<string, Actor>
        {
            ["administrator"] = await fixture.StaffAsync("administrator"),
            ["department-administrator"] = await fixture.StaffAsync("department-administrator", new { departmentIds = new[] { departmentId } }),
            ["content-creator"] = await fixture.StaffAsync("content-creator"),
            ["custom"] = await fixture.StaffAsync("custom", customRoleId: customRoleId),
            ["customer-member"] = await fixture.CustomerUserAsync(customerId, "member"),
            ["customer-moderator"] = await fixture.CustomerUserAsync(customerId, "moderator"),
            ["customer-administrator"] = await fixture.CustomerUserAsync(customerId, "administrator"),
        };

        var mismatches = new List<string>();
        foreach (var (operation, expected) in Matrix)
        {
            for (var i = 0; i < Roles.Length; i++)
            {
                var actual = await PerformAsync(operation, actors[Roles[i]], customerId);
                if (actual != expected[i])
                {
                    mismatches.Add($"{Roles[i]} / {operation}: expected {(int)expected[i]}, got {(int)actual}");
                }
            }
        }

        Assert.Empty(mismatches);
    }

    private async Task<HttpStatusCode> PerformAsync(string operation, Actor actor, Guid customerId)
    {
        var token = actor.AccessToken;
        using var response = operation switch
        {
            "invite to the customer" => await fixture.SendAsync(token, HttpMethod.Post, $"/api/identity/customers/{customerId}/invitations",
                new { firstName = "In", lastName = "Vitee", email = Actors.UniqueEmail(), language = "en", role = "member" }),
            "list the customer's invitations" => await fixture.SendAsync(token, HttpMethod.Get, $"/api/identity/customers/{customerId}/invitations"),
            "list the customer's users" => await fixture.SendAsync(token, HttpMethod.Get, $"/api/identity/organizations/{customerId}/users"),
            "add a user to the customer" => await fixture.SendAsync(token, HttpMethod.Post, $"/api/identity/organizations/{customerId}/users",
                new { firstName = "New", lastName = "Member", email = Actors.UniqueEmail(), language = "en", role = "member", sendInvitation = false }),
            "compose a custom role" => await fixture.SendAsync(token, HttpMethod.Post, "/api/identity/roles",
                new { name = "Readers " + Guid.NewGuid().ToString("N")[..6], permissions = new[] { "customers.read" } }),
            "list provider roles" => await fixture.SendAsync(token, HttpMethod.Get, "/api/identity/roles"),
            "add a content creator colleague" => await fixture.SendAsync(token, HttpMethod.Post, $"/api/identity/organizations/{IdentityFixture.ProviderId}/users",
                new { firstName = "Con", lastName = "Tent", email = Actors.UniqueEmail(), language = "en", role = "content-creator", sendInvitation = false }),
            "read my profile" => await fixture.SendAsync(token, HttpMethod.Get, "/api/identity/me"),
            _ => throw new ArgumentOutOfRangeException(nameof(operation), operation, null),
        };
        return response.StatusCode;
    }

    private async Task<Guid> CreateCustomRoleAsync(string[] permissions)
    {
        using var response = await fixture.SendAsync(await fixture.AdministratorTokenAsync(), HttpMethod.Post, "/api/identity/roles",
            new { name = "Custom " + Guid.NewGuid().ToString("N")[..6], permissions });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }
}
