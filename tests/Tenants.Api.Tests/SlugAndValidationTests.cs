using System.Net;
using System.Text.Json;
using Tenants.Api.Tests.Infrastructure;
using static Tenants.Api.Tests.Infrastructure.TenantsAppExtensions;

namespace Tenants.Api.Tests;

/// <summary>Slugs become host names: their rules, clashes with a suggestion, and bad input named per field.</summary>
[Collection(TenantsCollection.Name)]
public sealed class SlugAndValidationTests(TenantsApp app)
{
    [Theory]
    [InlineData("Bäckerei Größe & Söhne", "baeckerei-groesse-soehne")]
    [InlineData("  Café  Crème — Zürich ", "cafe-creme-zuerich")]
    [InlineData("ACME GmbH", "acme-gmbh")]
    public async Task TheSlugIsDerivedFromTheName(string name, string slug)
    {
        var marker = Guid.NewGuid().ToString("N")[..8];

        var created = await app.CreateCustomerAsync($"{name} {marker}");

        Assert.Equal($"{slug}-{marker}", created.GetProperty("slug").GetString());
    }

    [Fact]
    public async Task ADerivedSlugThatIsTakenIsAConflictWithAFreeSuggestion()
    {
        var name = Unique("Clash");
        var first = await app.CreateCustomerAsync(name);

        using var response = await app.SendAsync(HttpMethod.Post, "/api/tenants/customers", app.Administrator(), new { name, type = "corporate" });

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        var problem = await TenantsApp.ReadJsonAsync(response);
        var suggestion = problem.GetProperty("suggestedSlug").GetString();
        Assert.Equal(first.GetProperty("slug").GetString() + "-2", suggestion);
        Assert.True(problem.GetProperty("errors").TryGetProperty("slug", out _));

        // The suggestion is really free.
        var second = await app.CreateCustomerAsync(name, slug: suggestion);
        Assert.Equal(suggestion, second.GetProperty("slug").GetString());
    }

    [Fact]
    public async Task AGivenSlugThatIsTakenIsAConflict()
    {
        var first = await app.CreateCustomerAsync();
        var other = await app.CreateCustomerAsync();
        var taken = first.GetProperty("slug").GetString();

        using var create = await app.SendAsync(HttpMethod.Post, "/api/tenants/customers", app.Administrator(), new { name = Unique("Other"), type = "corporate", slug = taken });
        using var edit = await app.SendAsync(HttpMethod.Patch, $"/api/tenants/customers/{other.Id()}", app.Administrator(), new { slug = taken });

        Assert.Equal(HttpStatusCode.Conflict, create.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, edit.StatusCode);
        Assert.Equal("application/problem+json", edit.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task AnArchivedCustomerKeepsItsSlug()
    {
        var archived = await app.CreateCustomerAsync();
        using var archive = await app.SendAsync(HttpMethod.Post, $"/api/tenants/customers/{archived.Id()}/archive", app.Administrator());

        using var response = await app.SendAsync(
            HttpMethod.Post, "/api/tenants/customers", app.Administrator(), new { name = Unique("Heir"), type = "corporate", slug = archived.GetProperty("slug").GetString() });

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
    }

    [Fact]
    public async Task ANameWhoseSlugIsReservedGetsASuggestion()
    {
        using var response = await app.SendAsync(HttpMethod.Post, "/api/tenants/customers", app.Administrator(), new { name = "Admin", type = "corporate" });

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.StartsWith("admin-", (await TenantsApp.ReadJsonAsync(response)).GetProperty("suggestedSlug").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("www")]
    [InlineData("api")]
    [InlineData("admin")]
    [InlineData("portal")]
    [InlineData("login")]
    [InlineData("ab")]
    [InlineData("Acme")]
    [InlineData("-acme")]
    [InlineData("acme-")]
    [InlineData("ac--me")]
    [InlineData("ac_me")]
    [InlineData("äcme")]
    [InlineData("a234567890123456789012345678901234567890123456789012345678901234")]
    public async Task ASlugBreakingTheRulesIsAValidationProblem(string slug)
    {
        var existing = await app.CreateCustomerAsync();

        using var create = await app.SendAsync(HttpMethod.Post, "/api/tenants/customers", app.Administrator(), new { name = Unique("Rules"), type = "corporate", slug });
        using var edit = await app.SendAsync(HttpMethod.Patch, $"/api/tenants/customers/{existing.Id()}", app.Administrator(), new { slug });

        await AssertNamesFieldAsync(create, "slug");
        await AssertNamesFieldAsync(edit, "slug");
    }

    [Fact]
    public async Task ASlugOfSixtyThreeCharactersIsAccepted()
    {
        var slug = $"x{Guid.NewGuid():N}{Guid.NewGuid():N}"[..63];

        var created = await app.CreateCustomerAsync(slug: slug);

        Assert.Equal(slug, created.GetProperty("slug").GetString());
    }

    [Theory]
    [InlineData("{\"type\":\"corporate\"}", "name")]
    [InlineData("{\"name\":\"   \",\"type\":\"corporate\"}", "name")]
    [InlineData("{\"name\":42,\"type\":\"corporate\"}", "name")]
    [InlineData("{\"name\":\"No type\"}", "type")]
    [InlineData("{\"name\":\"Bad type\",\"type\":\"company\"}", "type")]
    [InlineData("{\"name\":\"Bad department\",\"type\":\"corporate\",\"departmentId\":\"not-a-guid\"}", "departmentId")]
    [InlineData("{\"name\":\"Unknown department\",\"type\":\"corporate\",\"departmentId\":\"0193f1a0-0000-7000-8000-0000000000ff\"}", "departmentId")]
    [InlineData("{\"name\":\"!!\",\"type\":\"corporate\"}", "slug")]
    [InlineData("{\"name\":\"Truncated\",", "body")]
    public async Task BadInputForANewCustomerIsAValidationProblemNamingTheField(string json, string field)
    {
        using var response = await app.SendJsonAsync(HttpMethod.Post, "/api/tenants/customers", app.Administrator(), json);

        await AssertNamesFieldAsync(response, field);
    }

    [Fact]
    public async Task EveryBadFieldIsNamedAtOnce()
    {
        using var response = await app.SendJsonAsync(HttpMethod.Post, "/api/tenants/customers", app.Administrator(), "{\"name\":\"\",\"type\":\"x\",\"slug\":\"A\"}");

        var errors = (await TenantsApp.ReadJsonAsync(response)).GetProperty("errors");
        Assert.Equal(["name", "slug", "type"], errors.EnumerateObject().Select(p => p.Name).Order());
    }

    [Theory]
    [InlineData("{\"name\":\"\"}", "name")]
    [InlineData("{\"type\":\"company\"}", "type")]
    [InlineData("{\"departmentId\":\"nope\"}", "departmentId")]
    [InlineData("{\"departmentId\":\"0193f1a0-0000-7000-8000-0000000000ff\"}", "departmentId")]
    public async Task BadInputForAnEditIsAValidationProblemNamingTheField(string json, string field)
    {
        var existing = await app.CreateCustomerAsync();

        using var response = await app.SendJsonAsync(HttpMethod.Patch, $"/api/tenants/customers/{existing.Id()}", app.Administrator(), json);

        await AssertNamesFieldAsync(response, field);
    }

    [Theory]
    [InlineData("page=0", "page")]
    [InlineData("page=abc", "page")]
    [InlineData("pageSize=0", "pageSize")]
    [InlineData("pageSize=101", "pageSize")]
    [InlineData("includeArchived=maybe", "includeArchived")]
    public async Task BadPagingIsAValidationProblemNamingTheField(string query, string field)
    {
        using var response = await app.SendAsync(HttpMethod.Get, $"/api/tenants/customers?{query}", app.Administrator());

        await AssertNamesFieldAsync(response, field);
    }

    [Fact]
    public async Task AnArchivedDepartmentCannotBeGivenToACustomer()
    {
        var department = await app.CreateDepartmentAsync();
        using var archive = await app.SendAsync(HttpMethod.Post, $"/api/tenants/departments/{department}/archive", app.Administrator());

        using var response = await app.SendAsync(
            HttpMethod.Post, "/api/tenants/customers", app.Administrator(), new { name = Unique("Late"), type = "corporate", departmentId = department });

        Assert.Equal(HttpStatusCode.NoContent, archive.StatusCode);
        await AssertNamesFieldAsync(response, "departmentId");
    }

    [Theory]
    [InlineData("[1,2]", "body", "The body must be a JSON object.")]
    [InlineData("{nope", "body", "The body is not valid JSON.")]
    [InlineData("{\"name\":42,\"type\":\"corporate\"}", "name", "Must be a text.")]
    [InlineData("{\"name\":\"Typed\",\"type\":\"corporate\",\"departmentId\":7}", "departmentId", "Must be an id")]
    public async Task AnUnreadableBodyIsExplainedInTheCallersTermsWithoutOurTypeNames(string json, string field, string reason)
    {
        using var response = await app.SendJsonAsync(HttpMethod.Post, "/api/tenants/customers", app.Administrator(), json);
        var body = await response.Content.ReadAsStringAsync();

        await AssertNamesFieldAsync(response, field);
        var message = JsonDocument.Parse(body).RootElement.GetProperty("errors").GetProperty(field)[0].GetString();
        Assert.StartsWith(reason, message, StringComparison.Ordinal);
        Assert.DoesNotContain("Tenants.Api", body, StringComparison.Ordinal);
        Assert.DoesNotContain("System.", body, StringComparison.Ordinal);
        Assert.DoesNotContain("LineNumber", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ABodyInAnotherFormatIsRefusedWithTheFormatItShouldHave()
    {
        using var response = await app.SendAsync(HttpMethod.Post, "/api/tenants/customers", app.Administrator(), new StringContent("name=Plain", System.Text.Encoding.UTF8, "text/plain"));
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Contains("application/json", body, StringComparison.Ordinal);
        Assert.DoesNotContain("Tenants.Api", body, StringComparison.Ordinal);
    }

    private static async Task AssertNamesFieldAsync(HttpResponseMessage response, string field)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"expected 400, got {(int)response.StatusCode}: {body}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var errors = JsonDocument.Parse(body).RootElement.GetProperty("errors");
        Assert.True(errors.TryGetProperty(field, out _), $"errors should name '{field}': {body}");
    }
}
