using System.Net;
using System.Text.Json;
using Portal.Contracts.Security;
using Tenants.Api.Tests.Infrastructure;
using static Tenants.Api.Tests.Infrastructure.TenantsAppExtensions;

namespace Tenants.Api.Tests;

/// <summary>Departments (branches) of the provider: rename and archive.</summary>
[Collection(TenantsCollection.Name)]
public sealed class DepartmentsApiTests(TenantsApp app)
{
    [Fact]
    public async Task ARenamedDepartmentIsListedUnderItsNewName()
    {
        var department = await app.CreateDepartmentAsync();
        var newName = Unique("Düsseldorf");

        using var rename = await app.SendAsync(HttpMethod.Put, $"/api/tenants/departments/{department}", app.Administrator(), new { name = newName });

        Assert.Equal(HttpStatusCode.OK, rename.StatusCode);
        Assert.Equal(newName, (await ListAsync()).Single(d => d.Id() == department).GetProperty("name").GetString());
    }

    [Fact]
    public async Task RenamingToAnotherDepartmentsNameIsAConflict()
    {
        var taken = Unique("Taken");
        await app.CreateDepartmentAsync(taken);
        var department = await app.CreateDepartmentAsync();

        using var response = await app.SendAsync(HttpMethod.Patch, $"/api/tenants/departments/{department}", app.Administrator(), new { name = taken.ToLowerInvariant() });

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
    }

    [Theory]
    [InlineData("{\"name\":\"\"}", "name")]
    [InlineData("{\"name\":7}", "name")]
    public async Task BadInputForARenameIsAValidationProblemNamingTheField(string json, string field)
    {
        var department = await app.CreateDepartmentAsync();

        using var response = await app.SendJsonAsync(HttpMethod.Patch, $"/api/tenants/departments/{department}", app.Administrator(), json);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await TenantsApp.ReadJsonAsync(response)).GetProperty("errors").TryGetProperty(field, out _));
    }

    [Fact]
    public async Task AnArchivedDepartmentIsNoLongerListedAndFreesItsName()
    {
        var name = Unique("Archived");
        var department = await app.CreateDepartmentAsync(name);

        using var archive = await app.SendAsync(HttpMethod.Post, $"/api/tenants/departments/{department}/archive", app.Administrator());
        using var rename = await app.SendAsync(HttpMethod.Patch, $"/api/tenants/departments/{department}", app.Administrator(), new { name = Unique("Ghost") });
        var successor = await app.CreateDepartmentAsync(name);

        Assert.Equal(HttpStatusCode.NoContent, archive.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, rename.StatusCode);
        var listed = await ListAsync();
        Assert.DoesNotContain(listed, d => d.Id() == department);
        Assert.Contains(listed, d => d.Id() == successor);
    }

    [Fact]
    public async Task StaffWithoutTheManagePermissionCannotRenameOrArchive()
    {
        var department = await app.CreateDepartmentAsync();
        var reader = TestTokens.ProviderStaff(app.ProviderId, Permissions.DepartmentsRead);

        using var rename = await app.SendAsync(HttpMethod.Patch, $"/api/tenants/departments/{department}", reader, new { name = "Nope" });
        using var archive = await app.SendAsync(HttpMethod.Post, $"/api/tenants/departments/{department}/archive", reader);

        Assert.Equal(HttpStatusCode.Forbidden, rename.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, archive.StatusCode);
    }

    [Fact]
    public async Task DepartmentAdministratorsSeeOnlyTheirDepartments()
    {
        var (own, other) = (await app.CreateDepartmentAsync(), await app.CreateDepartmentAsync());
        var administrator = Guid.NewGuid();
        await app.PublishAndWaitAsync(UserAccess.ProviderStaff(administrator, app.ProviderId, allCustomers: true, departmentIds: [own]));

        var listed = await ListAsync(TestTokens.Mint(administrator, app.ProviderId, "provider", "department-administrator", [Permissions.DepartmentsRead]));

        Assert.Equal([own], listed.Select(d => d.Id()));
        Assert.Contains(await ListAsync(), d => d.Id() == other);
    }

    [Fact]
    public async Task AnOlderScopeArrivingLateDoesNotWidenADepartmentAdministratorAgain()
    {
        var (own, other) = (await app.CreateDepartmentAsync(), await app.CreateDepartmentAsync());
        var administrator = Guid.NewGuid();
        await app.PublishAndWaitAsync(UserAccess.ProviderStaff(administrator, app.ProviderId, allCustomers: true, departmentIds: [own]) with { Version = 2 });
        // Version 1 (both departments) was retried after version 2 went through.
        await app.PublishAndWaitAsync(UserAccess.ProviderStaff(administrator, app.ProviderId, allCustomers: true, departmentIds: [own, other]) with { Version = 1 });

        var listed = await ListAsync(TestTokens.Mint(administrator, app.ProviderId, "provider", "department-administrator", [Permissions.DepartmentsRead]));

        Assert.Equal([own], listed.Select(d => d.Id()));
    }

    private async Task<JsonElement[]> ListAsync(string? token = null)
    {
        using var response = await app.SendAsync(HttpMethod.Get, "/api/tenants/departments", token ?? app.Administrator());
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return [.. (await TenantsApp.ReadJsonAsync(response)).EnumerateArray()];
    }
}
