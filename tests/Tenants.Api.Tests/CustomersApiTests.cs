using System.Net;
using System.Text.Json;
using Portal.Contracts.Security;
using Tenants.Api.Tests.Infrastructure;
using static Tenants.Api.Tests.Infrastructure.TenantsAppExtensions;

namespace Tenants.Api.Tests;

/// <summary>Provider staff create, find, edit and archive customers.</summary>
[Collection(TenantsCollection.Name)]
public sealed class CustomersApiTests(TenantsApp app)
{
    [Fact]
    public async Task ACreatedCustomerCanBeReadBack()
    {
        var department = await app.CreateDepartmentAsync();
        var name = Unique("Müller Haustechnik");

        var created = await app.CreateCustomerAsync(name, "individual", departmentId: department);
        using var response = await app.SendAsync(HttpMethod.Get, $"/api/tenants/customers/{created.Id()}", app.Administrator());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var customer = await TenantsApp.ReadJsonAsync(response);
        Assert.Equal(name, customer.GetProperty("name").GetString());
        Assert.Equal("individual", customer.GetProperty("type").GetString());
        Assert.Equal(department, customer.GetProperty("departmentId").GetGuid());
        Assert.False(customer.GetProperty("independent").GetBoolean());
        Assert.False(customer.GetProperty("archived").GetBoolean());
        Assert.StartsWith("mueller-haustechnik-", customer.GetProperty("slug").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheCreatedAnswerPointsToTheNewCustomer()
    {
        using var response = await app.SendAsync(
            HttpMethod.Post, "/api/tenants/customers", app.Administrator(), new { name = Unique("Located"), type = "corporate" });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var id = (await TenantsApp.ReadJsonAsync(response)).Id();
        Assert.Equal($"/api/tenants/customers/{id}", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task SearchFindsCustomersByNameOrSlugAndPagesThroughThem()
    {
        var marker = Guid.NewGuid().ToString("N")[..10];
        foreach (var letter in new[] { "E", "B", "D", "A", "C" })
        {
            await app.CreateCustomerAsync($"{letter} Paging {marker}");
        }

        using var page2 = await app.SendAsync(HttpMethod.Get, $"/api/tenants/customers?search=PAGING%20{marker}&page=2&pageSize=2", app.Administrator());
        using var bySlug = await app.SendAsync(HttpMethod.Get, $"/api/tenants/customers?search=c-paging-{marker}", app.Administrator());

        var body = await TenantsApp.ReadJsonAsync(page2);
        Assert.Equal(5, body.GetProperty("total").GetInt32());
        Assert.Equal(["C", "D"], body.GetProperty("items").EnumerateArray().Select(c => c.GetProperty("name").GetString()![..1]));
        var slugHit = Assert.Single((await TenantsApp.ReadJsonAsync(bySlug)).GetProperty("items").EnumerateArray());
        Assert.Equal($"C Paging {marker}", slugHit.GetProperty("name").GetString());
    }

    [Fact]
    public async Task SearchTreatsWildcardsAsPlainText()
    {
        var marker = Guid.NewGuid().ToString("N")[..10];
        await app.CreateCustomerAsync($"Wild {marker}");

        using var response = await app.SendAsync(HttpMethod.Get, $"/api/tenants/customers?search={marker[..3]}%25{marker[4..]}", app.Administrator());

        Assert.Equal(0, (await TenantsApp.ReadJsonAsync(response)).GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task EditingChangesOnlyTheFieldsGiven()
    {
        var department = await app.CreateDepartmentAsync();
        var created = await app.CreateCustomerAsync(departmentId: department);
        var newName = Unique("Renamed");
        var newSlug = $"renamed-{Guid.NewGuid():N}";

        using var rename = await app.SendAsync(HttpMethod.Patch, $"/api/tenants/customers/{created.Id()}", app.Administrator(), new { name = newName, slug = newSlug });
        var renamed = await TenantsApp.ReadJsonAsync(rename);
        using var clear = await app.SendJsonAsync(HttpMethod.Patch, $"/api/tenants/customers/{created.Id()}", app.Administrator(), "{\"departmentId\":null}");
        var cleared = await TenantsApp.ReadJsonAsync(clear);

        Assert.Equal(HttpStatusCode.OK, rename.StatusCode);
        Assert.Equal(newName, renamed.GetProperty("name").GetString());
        Assert.Equal(newSlug, renamed.GetProperty("slug").GetString());
        Assert.Equal(department, renamed.GetProperty("departmentId").GetGuid());
        Assert.Equal("corporate", renamed.GetProperty("type").GetString());
        Assert.Equal(HttpStatusCode.OK, clear.StatusCode);
        Assert.Equal(JsonValueKind.Null, cleared.GetProperty("departmentId").ValueKind);
        Assert.Equal(newName, cleared.GetProperty("name").GetString());
    }

    [Fact]
    public async Task AnArchivedCustomerLeavesTheListButCanStillBeOpened()
    {
        var marker = Guid.NewGuid().ToString("N")[..10];
        var created = await app.CreateCustomerAsync($"Archived {marker}");

        using var archive = await app.SendAsync(HttpMethod.Post, $"/api/tenants/customers/{created.Id()}/archive", app.Administrator());
        using var list = await app.SendAsync(HttpMethod.Get, $"/api/tenants/customers?search={marker}", app.Administrator());
        using var listAll = await app.SendAsync(HttpMethod.Get, $"/api/tenants/customers?search={marker}&includeArchived=true", app.Administrator());
        using var get = await app.SendAsync(HttpMethod.Get, $"/api/tenants/customers/{created.Id()}", app.Administrator());
        using var edit = await app.SendAsync(HttpMethod.Patch, $"/api/tenants/customers/{created.Id()}", app.Administrator(), new { name = "Too late" });

        Assert.Equal(HttpStatusCode.NoContent, archive.StatusCode);
        Assert.Equal(0, (await TenantsApp.ReadJsonAsync(list)).GetProperty("total").GetInt32());
        Assert.Equal(1, (await TenantsApp.ReadJsonAsync(listAll)).GetProperty("total").GetInt32());
        Assert.True((await TenantsApp.ReadJsonAsync(get)).GetProperty("archived").GetBoolean());
        Assert.Equal(HttpStatusCode.Conflict, edit.StatusCode);
    }

    [Fact]
    public async Task TheSlugResolvesAnonymouslyToTheCustomersNameOnly()
    {
        var created = await app.CreateCustomerAsync(Unique("Slugged"));
        var slug = created.GetProperty("slug").GetString()!;

        using var response = await app.SendAsync(HttpMethod.Get, $"/api/tenants/customers/by-slug/{slug.ToUpperInvariant()}", token: null);
        using var unknown = await app.SendAsync(HttpMethod.Get, $"/api/tenants/customers/by-slug/nobody-{Guid.NewGuid():N}", token: null);
        using var absurd = await app.SendAsync(HttpMethod.Get, $"/api/tenants/customers/by-slug/{new string('a', 10_000)}", token: null);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await TenantsApp.ReadJsonAsync(response);
        Assert.Equal(created.GetProperty("name").GetString(), body.GetProperty("name").GetString());
        Assert.Equal(slug, body.GetProperty("slug").GetString());
        Assert.False(body.TryGetProperty("id", out _));
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, absurd.StatusCode);
    }

    [Fact]
    public async Task AnArchivedCustomersSlugNoLongerResolves()
    {
        var created = await app.CreateCustomerAsync();
        using var archive = await app.SendAsync(HttpMethod.Post, $"/api/tenants/customers/{created.Id()}/archive", app.Administrator());

        using var response = await app.SendAsync(HttpMethod.Get, $"/api/tenants/customers/by-slug/{created.GetProperty("slug").GetString()}", token: null);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task StaffWithoutTheManagePermissionCanReadButNotChange()
    {
        var created = await app.CreateCustomerAsync();
        var reader = TestTokens.ProviderStaff(app.ProviderId, Permissions.CustomersRead);

        using var get = await app.SendAsync(HttpMethod.Get, $"/api/tenants/customers/{created.Id()}", reader);
        using var create = await app.SendAsync(HttpMethod.Post, "/api/tenants/customers", reader, new { name = Unique("Nope"), type = "corporate" });
        using var edit = await app.SendAsync(HttpMethod.Patch, $"/api/tenants/customers/{created.Id()}", reader, new { name = "Nope" });
        using var archive = await app.SendAsync(HttpMethod.Post, $"/api/tenants/customers/{created.Id()}/archive", reader);

        Assert.Equal(HttpStatusCode.OK, get.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, create.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, edit.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, archive.StatusCode);
    }

    [Fact]
    public async Task StaffWithoutTheReadPermissionSeeNoCustomers()
    {
        using var response = await app.SendAsync(HttpMethod.Get, "/api/tenants/customers", TestTokens.ProviderStaff(app.ProviderId, Permissions.DepartmentsRead));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task AnonymousCallersAreAskedToSignIn()
    {
        using var list = await app.SendAsync(HttpMethod.Get, "/api/tenants/customers", token: null);
        using var create = await app.SendAsync(HttpMethod.Post, "/api/tenants/customers", token: null, new { name = "X", type = "corporate" });

        Assert.Equal(HttpStatusCode.Unauthorized, list.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, create.StatusCode);
    }

    [Fact]
    public async Task ATokenFromAnotherIssuerIsRefused()
    {
        var token = TestTokens.Mint(Guid.NewGuid(), app.ProviderId, "provider", "administrator", AllPermissions, issuer: "http://evil.test/");

        using var response = await app.SendAsync(HttpMethod.Get, "/api/tenants/customers", token);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }
}
