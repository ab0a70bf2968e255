using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Portal.Contracts;
using Portal.Contracts.Security;
using Portal.Stack.Tests.Infrastructure;
using Portal.Stack.Tests.Journeys;

namespace Portal.Stack.Tests;

/// <summary>The first tenants endpoints, through the gateway, as real signed-in users: who may do what, and bad input.</summary>
[Collection(StackCollection.Name)]
public sealed class DepartmentsApiTests(StackFixture stack)
{
    private const string Path = "/api/tenants/departments";

    [Fact]
    public async Task AnonymousCallersAreAskedToSignIn()
    {
        using var response = await stack.Gateway.GetAsync(Path);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task ATokenSignedWithTheTestKeyIsRefusedOnTheStack()
    {
        // Right issuer, audience and permissions, but not signed by identity: the stack trusts only identity (ADR 3).
        var issuer = stack.App.GetEndpoint(ResourceNames.Gateway).ToString().TrimEnd('/') + "/";
        var forged = TestTokens.ProviderStaff(issuer, await stack.ProviderIdAsync(), Permissions.DepartmentsRead, Permissions.DepartmentsManage);

        using var response = await SendRawAsync(forged, "{\"name\":\"Forged\"}");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task CustomerAdministratorsSeeNoDepartmentsAndCannotCreateOne()
    {
        // A real customer role holds no department permission; that a customer token carrying them is
        // refused all the same, and that another provider's staff see nothing (the stack has only one
        // provider), Tenants.Api.Tests' IsolationTests.AnotherOrganizationGetsNothingFromAnyRoute proves.
        var administrator = await stack.AdministratorAsync();
        var customerId = await StackUsers.CreateCustomerAsync(administrator);
        var customerAdministrator = await stack.InviteAndSignInAsync(administrator, customerId, "administrator");

        using var list = await customerAdministrator.SendAsync(HttpMethod.Get, Path);
        using var create = await customerAdministrator.SendAsync(HttpMethod.Post, Path, new { name = "Sneaky" });

        Assert.Equal(HttpStatusCode.Forbidden, list.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, create.StatusCode);
    }

    [Fact]
    public async Task ContentCreatorsSeeTheDepartmentsButCannotCreateOne()
    {
        var administrator = await stack.AdministratorAsync();
        var ours = await CreateAsync($"Munich {Guid.NewGuid():N}");
        var contentCreator = await stack.InviteAndSignInAsync(administrator, await stack.ProviderIdAsync(), "content-creator");

        using var list = await contentCreator.SendAsync(HttpMethod.Get, Path);
        using var create = await contentCreator.SendAsync(HttpMethod.Post, Path, new { name = $"Not allowed {Guid.NewGuid():N}" });

        Assert.Equal(HttpStatusCode.OK, list.StatusCode);
        var listed = await list.Content.ReadFromJsonAsync<JsonElement[]>() ?? [];
        Assert.Contains(ours, listed.Select(d => d.GetProperty("id").GetGuid()));
        Assert.Equal(HttpStatusCode.Forbidden, create.StatusCode);
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
        var administrator = await stack.AdministratorAsync();

        using var response = await SendRawAsync(administrator.AccessToken, json);

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
        var administrator = await stack.AdministratorAsync();

        using var response = await administrator.SendAsync(HttpMethod.Post, Path, new { name = name.ToUpperInvariant() });

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    private Task<Guid> CreateAsync(string name) => stack.CreateDepartmentAsync(name);

    private async Task<Guid[]> ListIdsAsync()
    {
        var administrator = await stack.AdministratorAsync();
        using var response = await administrator.SendAsync(HttpMethod.Get, Path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var departments = await response.Content.ReadFromJsonAsync<JsonElement[]>() ?? [];
        return [.. departments.Select(d => d.GetProperty("id").GetGuid())];
    }

    private Task<HttpResponseMessage> SendRawAsync(string token, string json)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, Path)
        {
            Content = new StringContent(json, Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return stack.Gateway.SendAsync(request);
    }
}
