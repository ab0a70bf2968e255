using System.Net;
using System.Text.Json;
using Portal.Contracts.Security;

namespace Tenants.Api.Tests.Infrastructure;

/// <summary>The steps most tests take: act as the provider's administrator, create a customer or department.</summary>
public static class TenantsAppExtensions
{
    public static readonly string[] AllPermissions =
    [
        Permissions.CustomersRead, Permissions.CustomersManage, Permissions.DepartmentsRead, Permissions.DepartmentsManage, Permissions.AuditRead,
    ];

    /// <summary>The provider's administrator (one person for the run), holding every tenants permission.</summary>
    public static string Administrator(this TenantsApp app) =>
        TestTokens.Mint(app.AdministratorId, app.ProviderId, "provider", "administrator", AllPermissions);

    /// <summary>A name no other test uses, so that each test has its own data.</summary>
    public static string Unique(string prefix) => $"{prefix} {Guid.NewGuid():N}"[..(prefix.Length + 13)];

    public static async Task<JsonElement> CreateCustomerAsync(
        this TenantsApp app, string? name = null, string type = "corporate", string? slug = null, Guid? departmentId = null)
    {
        using var response = await app.SendAsync(
            HttpMethod.Post, "/api/tenants/customers", app.Administrator(), new { name = name ?? Unique("Customer"), type, slug, departmentId });
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"creating a customer: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return await TenantsApp.ReadJsonAsync(response);
    }

    public static async Task<Guid> CreateDepartmentAsync(this TenantsApp app, string? name = null)
    {
        using var response = await app.SendAsync(HttpMethod.Post, "/api/tenants/departments", app.Administrator(), new { name = name ?? Unique("Department") });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await TenantsApp.ReadJsonAsync(response)).GetProperty("id").GetGuid();
    }

    public static Guid Id(this JsonElement resource) => resource.GetProperty("id").GetGuid();
}
