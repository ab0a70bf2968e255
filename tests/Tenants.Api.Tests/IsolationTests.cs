using System.Net;
using System.Text.Json;
using Tenants.Api.Tests.Infrastructure;
using static Tenants.Api.Tests.Infrastructure.TenantsAppExtensions;

namespace Tenants.Api.Tests;

/// <summary>
/// For every route of the service, a caller of another organization, holding every permission
/// and the administrator role, gets 403 or 404 and learns nothing of ours (lists answer without
/// our data), and changes nothing. <c>GET /customers/by-slug/{slug}</c> is public by design (name
/// and slug only, for the sign-in page) and so not part of this.
/// </summary>
[Collection(TenantsCollection.Name)]
public sealed class IsolationTests(TenantsApp app)
{
    public static TheoryData<string> Strangers => ["staff of another provider", "an administrator of another customer"];

    [Theory]
    [MemberData(nameof(Strangers))]
    public async Task AnotherOrganizationGetsNothingFromAnyRoute(string stranger)
    {
        var department = await app.CreateDepartmentAsync(Unique("Secret department"));
        var customer = await app.CreateCustomerAsync(Unique("Secret customer"), departmentId: department);
        var otherCustomer = await app.CreateCustomerAsync(Unique("Other customer"));
        var token = stranger == "staff of another provider"
            ? TestTokens.ProviderAdministrator(Guid.NewGuid(), AllPermissions)
            : TestTokens.Mint(Guid.NewGuid(), otherCustomer.Id(), "customer", "administrator", AllPermissions);
        var id = customer.Id();
        var secrets = new[] { id.ToString(), department.ToString(), customer.GetProperty("name").GetString()!, customer.GetProperty("slug").GetString()! };

        (HttpMethod Method, string Path, object? Body, bool IsList)[] routes =
        [
            (HttpMethod.Get, "/api/tenants/customers", null, true),
            (HttpMethod.Get, $"/api/tenants/customers?search={Uri.EscapeDataString(secrets[2])}&includeArchived=true", null, true),
            (HttpMethod.Get, $"/api/tenants/customers/{id}", null, false),
            (HttpMethod.Get, $"/api/tenants/customers/{id}/audit", null, false),
            (HttpMethod.Post, "/api/tenants/customers", new { name = Unique("Intruder"), type = "corporate", departmentId = department }, false),
            (HttpMethod.Patch, $"/api/tenants/customers/{id}", new { name = "Taken over", type = "individual" }, false),
            (HttpMethod.Post, $"/api/tenants/customers/{id}/archive", null, false),
            (HttpMethod.Post, $"/api/tenants/customers/{id}/independence", null, false),
            (HttpMethod.Delete, $"/api/tenants/customers/{id}/independence", null, false),
            (HttpMethod.Get, "/api/tenants/departments", null, true),
            (HttpMethod.Post, "/api/tenants/departments", new { name = Unique("Intruding department") }, false),
            (HttpMethod.Patch, $"/api/tenants/departments/{department}", new { name = "Taken over" }, false),
            (HttpMethod.Put, $"/api/tenants/departments/{department}", new { name = "Taken over" }, false),
            (HttpMethod.Post, $"/api/tenants/departments/{department}/archive", null, false),
        ];

        var failures = new List<string>();
        foreach (var (method, path, body, isList) in routes)
        {
            using var response = await app.SendAsync(method, path, token, body);
            // A problem's "instance" repeats the path the caller sent; that tells them nothing new.
            var text = (await response.Content.ReadAsStringAsync()).Replace(path.Split('?')[0], "", StringComparison.Ordinal);
            var allowed = response.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.NotFound
                || (isList && response.StatusCode == HttpStatusCode.OK);
            if (!allowed || secrets.Any(secret => text.Contains(secret, StringComparison.OrdinalIgnoreCase)))
            {
                failures.Add($"{method} {path}: {(int)response.StatusCode} {text}");
            }
        }

        Assert.Empty(failures);
        await AssertUnchangedAsync(customer, department);
    }

    private async Task AssertUnchangedAsync(JsonElement customer, Guid department)
    {
        using var get = await app.SendAsync(HttpMethod.Get, $"/api/tenants/customers/{customer.Id()}", app.Administrator());
        var now = await TenantsApp.ReadJsonAsync(get);
        Assert.Equal(customer.GetProperty("name").GetString(), now.GetProperty("name").GetString());
        Assert.Equal("corporate", now.GetProperty("type").GetString());
        Assert.False(now.GetProperty("archived").GetBoolean());
        Assert.False(now.GetProperty("independent").GetBoolean());

        using var departments = await app.SendAsync(HttpMethod.Get, "/api/tenants/departments", app.Administrator());
        var listed = (await TenantsApp.ReadJsonAsync(departments)).EnumerateArray().Single(d => d.Id() == department);
        Assert.StartsWith("Secret department", listed.GetProperty("name").GetString(), StringComparison.Ordinal);

        using var audit = await app.SendAsync(HttpMethod.Get, $"/api/tenants/customers/{customer.Id()}/audit", app.Administrator());
        Assert.Equal(["created"], (await TenantsApp.ReadJsonAsync(audit)).EnumerateArray().Select(e => e.GetProperty("action").GetString()));
        Assert.Equal(0L, await app.ScalarAsync<long>("SELECT count(*) FROM customers WHERE name LIKE 'Intruder%'"));
    }
}
