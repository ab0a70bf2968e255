using System.Net;
using System.Text.Json;
using Portal.Contracts.Security;
using Tenants.Api.Tests.Infrastructure;
using static Tenants.Api.Tests.Infrastructure.TenantsAppExtensions;

namespace Tenants.Api.Tests;

/// <summary>
/// Which customers a caller sees: staff their accessible accounts (department administrators their
/// departments' customers), as identity publishes them; customer users their own organization.
/// </summary>
[Collection(TenantsCollection.Name)]
public sealed class ScopeTests(TenantsApp app)
{
    [Fact]
    public async Task StaffOfWhomNothingIsKnownYetSeeNoCustomersAndCreateNone()
    {
        // Fail closed: before identity's event about them has arrived (and with no identity to ask,
        // as in these tests), staff are answered as for the narrowest scope, not the provider's every customer.
        var marker = Guid.NewGuid().ToString("N")[..10];
        await app.CreateCustomerAsync($"A {marker}");
        var unknown = TestTokens.ProviderStaff(app.ProviderId, Permissions.CustomersRead, Permissions.CustomersManage);

        using var list = await SendUnscopedAsync(HttpMethod.Get, $"/api/tenants/customers?search={marker}", unknown);
        using var create = await SendUnscopedAsync(HttpMethod.Post, "/api/tenants/customers", unknown, new { name = Unique("Unknown's"), type = "corporate" });

        Assert.Equal(HttpStatusCode.OK, list.StatusCode);
        Assert.Equal(0, (await TenantsApp.ReadJsonAsync(list)).GetProperty("total").GetInt32());
        Assert.Equal(HttpStatusCode.Forbidden, create.StatusCode);
    }

    [Fact]
    public async Task StaffSeeOnlyTheirAccessibleAccounts()
    {
        var marker = Guid.NewGuid().ToString("N")[..10];
        var accessible = await app.CreateCustomerAsync($"Accessible {marker}");
        var hidden = await app.CreateCustomerAsync($"Hidden {marker}");
        var staff = Guid.NewGuid();
        await app.PublishAndWaitAsync(UserAccess.ProviderStaff(staff, app.ProviderId, allCustomers: false, customerIds: [accessible.Id()]));
        var token = StaffToken(staff);

        var names = await ListNamesAsync(token, marker);
        using var get = await app.SendAsync(HttpMethod.Get, $"/api/tenants/customers/{hidden.Id()}", token);
        using var edit = await app.SendAsync(HttpMethod.Patch, $"/api/tenants/customers/{hidden.Id()}", token, new { name = "Mine now" });

        Assert.Equal([$"Accessible {marker}"], names);
        Assert.Equal(HttpStatusCode.NotFound, get.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, edit.StatusCode);
    }

    [Fact]
    public async Task DepartmentAdministratorsSeeAndCreateOnlyTheirDepartmentsCustomers()
    {
        var marker = Guid.NewGuid().ToString("N")[..10];
        var (own, foreign) = (await app.CreateDepartmentAsync(), await app.CreateDepartmentAsync());
        await app.CreateCustomerAsync($"Own {marker}", departmentId: own);
        var other = await app.CreateCustomerAsync($"Foreign {marker}", departmentId: foreign);
        await app.CreateCustomerAsync($"Nowhere {marker}");
        var administrator = Guid.NewGuid();
        await app.PublishAndWaitAsync(UserAccess.ProviderStaff(administrator, app.ProviderId, allCustomers: true, departmentIds: [own]));
        var token = StaffToken(administrator);

        var names = await ListNamesAsync(token, marker);
        using var intoForeign = await app.SendAsync(HttpMethod.Post, "/api/tenants/customers", token, new { name = Unique("X"), type = "corporate", departmentId = foreign });
        using var intoNone = await app.SendAsync(HttpMethod.Post, "/api/tenants/customers", token, new { name = Unique("Y"), type = "corporate" });
        using var intoOwn = await app.SendAsync(HttpMethod.Post, "/api/tenants/customers", token, new { name = Unique("Z"), type = "corporate", departmentId = own });
        using var moveForeign = await app.SendAsync(HttpMethod.Patch, $"/api/tenants/customers/{other.Id()}", token, new { departmentId = own });

        Assert.Equal([$"Own {marker}"], names);
        Assert.Equal(HttpStatusCode.BadRequest, intoForeign.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, intoNone.StatusCode);
        Assert.Equal(HttpStatusCode.Created, intoOwn.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, moveForeign.StatusCode);
    }

    [Fact]
    public async Task DeactivatedStaffSeeNoCustomers()
    {
        var marker = Guid.NewGuid().ToString("N")[..10];
        await app.CreateCustomerAsync($"Any {marker}");
        var staff = Guid.NewGuid();
        await app.PublishAndWaitAsync(UserAccess.ProviderStaff(staff, app.ProviderId, allCustomers: true, active: false));

        Assert.Empty(await ListNamesAsync(StaffToken(staff), marker));
    }

    [Fact]
    public async Task AChangedScopeReplacesTheOldOne()
    {
        var marker = Guid.NewGuid().ToString("N")[..10];
        var first = await app.CreateCustomerAsync($"First {marker}");
        var second = await app.CreateCustomerAsync($"Second {marker}");
        var staff = Guid.NewGuid();
        await app.PublishAndWaitAsync(UserAccess.ProviderStaff(staff, app.ProviderId, allCustomers: false, customerIds: [first.Id()]));
        await app.PublishAndWaitAsync(UserAccess.ProviderStaff(staff, app.ProviderId, allCustomers: false, customerIds: [second.Id()]));

        Assert.Equal([$"Second {marker}"], await ListNamesAsync(StaffToken(staff), marker));
    }

    [Fact]
    public async Task CustomerUsersSeeOnlyTheirOwnOrganization()
    {
        var own = await app.CreateCustomerAsync();
        var other = await app.CreateCustomerAsync();
        var token = TestTokens.CustomerUser(own.Id());

        using var list = await app.SendAsync(HttpMethod.Get, "/api/tenants/customers", token);
        using var getOwn = await app.SendAsync(HttpMethod.Get, $"/api/tenants/customers/{own.Id()}", token);
        using var getOther = await app.SendAsync(HttpMethod.Get, $"/api/tenants/customers/{other.Id()}", token);

        var items = (await TenantsApp.ReadJsonAsync(list)).GetProperty("items").EnumerateArray().ToArray();
        Assert.Equal(own.Id(), Assert.Single(items).Id());
        Assert.Equal(HttpStatusCode.OK, getOwn.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, getOther.StatusCode);
    }

    private string StaffToken(Guid userId) =>
        TestTokens.Mint(userId, app.ProviderId, "provider", "custom", [Permissions.CustomersRead, Permissions.CustomersManage]);

    private async Task<string[]> ListNamesAsync(string token, string search)
    {
        using var response = await app.SendAsync(HttpMethod.Get, $"/api/tenants/customers?search={search}", token);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var items = (await TenantsApp.ReadJsonAsync(response)).GetProperty("items").EnumerateArray();
        return [.. items.Select(c => c.GetProperty("name").GetString()!)];
    }

    private Task<HttpResponseMessage> SendUnscopedAsync(HttpMethod method, string path, string token, object? body = null)
    {
        var request = new HttpRequestMessage(method, path) { Content = body is null ? null : System.Net.Http.Json.JsonContent.Create(body) };
        request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
        return app.Client.SendAsync(request);
    }
}
