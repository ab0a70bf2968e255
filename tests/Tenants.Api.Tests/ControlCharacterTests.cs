using System.Net;
using Tenants.Api.Tests.Infrastructure;
using static Tenants.Api.Tests.Infrastructure.TenantsAppExtensions;

namespace Tenants.Api.Tests;

/// <summary>The text boundary: a NUL (which PostgreSQL cannot store) is a 400 naming the field, never a 500.</summary>
[Collection(TenantsCollection.Name)]
public sealed class ControlCharacterTests(TenantsApp app)
{
    [Fact]
    public async Task ANulInACustomersNameIsRefusedNamingTheFieldAndNoCustomerIsCreated()
    {
        var name = Unique("Nul");

        using var response = await app.SendAsync(HttpMethod.Post, "/api/tenants/customers", app.Administrator(), new { name = name + "\u0000", type = "corporate" });
        using var search = await app.SendAsync(HttpMethod.Get, $"/api/tenants/customers?search={Uri.EscapeDataString(name)}", app.Administrator());

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await TenantsApp.ReadJsonAsync(response);
        Assert.True(problem.GetProperty("errors").TryGetProperty("name", out var errors), problem.ToString());
        Assert.Contains("control character", errors[0].GetString(), StringComparison.Ordinal);
        Assert.Equal(0, (await TenantsApp.ReadJsonAsync(search)).GetProperty("total").GetInt32());
    }

    [Theory]
    [InlineData("/api/tenants/customers?search=acme%00", "search")]
    [InlineData("/api/tenants/customers?search=acme%07bell", "search")]
    public async Task AControlCharacterInTheQueryIsRefusedNamingTheParameter(string path, string field)
    {
        using var response = await app.SendAsync(HttpMethod.Get, path, app.Administrator());

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.True((await TenantsApp.ReadJsonAsync(response)).GetProperty("errors").TryGetProperty(field, out _));
    }
}
