using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Portal.Contracts.Security;
using Portal.Stack.Tests.Infrastructure;

namespace Portal.Stack.Tests;

/// <summary>The first tenants endpoints, through the gateway: who may do what, and bad input.</summary>
[Collection(StackCollection.Name)]
public sealed class DepartmentsApiTests(StackFixture stack)
{
    [Fact]
    public async Task AnonymousCallersAreAskedToSignIn()
    {
        using var response = await stack.Gateway.GetAsync("/api/tenants/departments");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task CustomerUsersSeeNoDepartmentsAndCannotCreateOne()
    {
        var token = TestTokens.CustomerUser(stack.Issuer, Guid.NewGuid(), Permissions.DepartmentsManage, Permissions.DepartmentsRead);

        using var list = await SendAsync(HttpMethod.Get, token);
        using var create = await SendAsync(HttpMethod.Post, token, new { name = "Sneaky" });

        Assert.Equal(HttpStatusCode.Forbidden, list.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, create.StatusCode);
    }

    [Fact]
    public async Task StaffWithoutTheManagePermissionCannotCreateADepartment()
    {
        var token = TestTokens.ProviderStaff(stack.Issuer, await stack.ProviderIdAsync(), Permissions.DepartmentsRead);

        using var response = await SendAsync(HttpMethod.Post, token, new { name = "Not allowed" });

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task StaffOfAnotherOrganizationSeeNoneOfTheProvidersDepartments()
    {
        var ours = await CreateAsync($"Munich {Guid.NewGuid():N}");
        var strangerToken = TestTokens.ProviderStaff(stack.Issuer, Guid.NewGuid(), Permissions.DepartmentsManage, Permissions.DepartmentsRead);

        using var list = await SendAsync(HttpMethod.Get, strangerToken);
        using var create = await SendAsync(HttpMethod.Post, strangerToken, new { name = "Elsewhere" });

        Assert.Equal(HttpStatusCode.OK, list.StatusCode);
        Assert.Empty(await list.Content.ReadFromJsonAsync<JsonElement[]>() ?? []);
        Assert.Equal(HttpStatusCode.NotFound, create.StatusCode);
        Assert.Contains(ours, await ListIdsAsync());
    }

    [Fact]
    public async Task ANewDepartmentIsListed()
    {
        var name = $"Cologne {Guid.NewGuid():N}";
        var id = await CreateAsync(name);

        Assert.Contains(id, await ListIdsAsync());
    }

    [Theory]
    [InlineData("{\"name\":\"\"}", "name")]
    [InlineData("{\"name\":\"   \"}", "name")]
    [InlineData("{}", "name")]
    [InlineData("{\"name\":42}", "name")]
    [InlineData("{\"name\":", "name")]
    [InlineData("{nope", "body")]
    public async Task BadInputIsAValidationProblemNamingTheField(string json, string field)
    {
        var token = await ManagerTokenAsync();

        using var response = await SendRawAsync(token, json);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), $"errors should name '{field}': {problem}");
    }

    [Fact]
    public async Task ANameTakenInAnyCaseIsAConflict()
    {
        var name = $"Leipzig {Guid.NewGuid():N}";
        await CreateAsync(name);

        using var response = await SendAsync(HttpMethod.Post, await ManagerTokenAsync(), new { name = name.ToUpperInvariant() });

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    private async Task<string> ManagerTokenAsync() =>
        TestTokens.ProviderStaff(stack.Issuer, await stack.ProviderIdAsync(), Permissions.DepartmentsManage, Permissions.DepartmentsRead);

    private async Task<Guid> CreateAsync(string name)
    {
        using var response = await SendAsync(HttpMethod.Post, await ManagerTokenAsync(), new { name });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    private async Task<Guid[]> ListIdsAsync()
    {
        using var response = await SendAsync(HttpMethod.Get, await ManagerTokenAsync());
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var departments = await response.Content.ReadFromJsonAsync<JsonElement[]>() ?? [];
        return [.. departments.Select(d => d.GetProperty("id").GetGuid())];
    }

    private Task<HttpResponseMessage> SendAsync(HttpMethod method, string token, object? body = null)
    {
        var request = new HttpRequestMessage(method, "/api/tenants/departments");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        if (body is not null)
        {
            request.Content = JsonContent.Create(body);
        }

        return stack.Gateway.SendAsync(request);
    }

    private Task<HttpResponseMessage> SendRawAsync(string token, string json)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/tenants/departments")
        {
            Content = new StringContent(json, Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return stack.Gateway.SendAsync(request);
    }
}
