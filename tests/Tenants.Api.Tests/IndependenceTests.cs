using System.Net;
using System.Text.Json;
using Portal.Contracts.Security;
using Tenants.Api.Tests.Infrastructure;
using static Tenants.Api.Tests.Infrastructure.TenantsAppExtensions;

namespace Tenants.Api.Tests;

/// <summary>
/// A managed customer becomes independent; only a provider administrator can undo it; both are
/// audited. And a corporate customer keeps its type while it has portal users.
/// </summary>
[Collection(TenantsCollection.Name)]
public sealed class IndependenceTests(TenantsApp app)
{
    [Fact]
    public async Task AManagedCorporateCustomerBecomesIndependent()
    {
        var customer = await app.CreateCustomerAsync();

        using var response = await app.SendAsync(HttpMethod.Post, Independence(customer), app.Administrator());
        using var get = await app.SendAsync(HttpMethod.Get, $"/api/tenants/customers/{customer.Id()}", app.Administrator());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True((await TenantsApp.ReadJsonAsync(response)).GetProperty("independent").GetBoolean());
        Assert.True((await TenantsApp.ReadJsonAsync(get)).GetProperty("independent").GetBoolean());
    }

    [Fact]
    public async Task AnIndividualCustomerCannotBecomeIndependent()
    {
        var customer = await app.CreateCustomerAsync(type: "individual");

        using var response = await app.SendAsync(HttpMethod.Post, Independence(customer), app.Administrator());

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
    }

    [Fact]
    public async Task OnlyAProviderAdministratorCanRevertIndependence()
    {
        var customer = await app.CreateCustomerAsync();
        using var independence = await app.SendAsync(HttpMethod.Post, Independence(customer), app.Administrator());
        var manager = TestTokens.ProviderStaff(app.ProviderId, Permissions.CustomersRead, Permissions.CustomersManage);

        using var byManager = await app.SendAsync(HttpMethod.Delete, Independence(customer), manager);
        using var byAdministrator = await app.SendAsync(HttpMethod.Delete, Independence(customer), app.Administrator());

        Assert.Equal(HttpStatusCode.Forbidden, byManager.StatusCode);
        Assert.Equal(HttpStatusCode.OK, byAdministrator.StatusCode);
        Assert.False((await TenantsApp.ReadJsonAsync(byAdministrator)).GetProperty("independent").GetBoolean());
    }

    [Fact]
    public async Task RevertingAManagedCustomerIsAConflict()
    {
        var customer = await app.CreateCustomerAsync();

        using var response = await app.SendAsync(HttpMethod.Delete, Independence(customer), app.Administrator());

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
    }

    [Fact]
    public async Task IndependenceAndItsRevertAreAuditedWithWhoDidIt()
    {
        var customer = await app.CreateCustomerAsync();
        var (granter, reverter, realPerson) = (Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());
        var grant = TestTokens.Mint(granter, app.ProviderId, "provider", "administrator", AllPermissions);
        var revert = TestTokens.Mint(reverter, app.ProviderId, "provider", "administrator", AllPermissions, actor: realPerson);

        using var independence = await app.SendAsync(HttpMethod.Post, Independence(customer), grant);
        using var reverted = await app.SendAsync(HttpMethod.Delete, Independence(customer), revert);
        using var audit = await app.SendAsync(HttpMethod.Get, $"/api/tenants/customers/{customer.Id()}/audit", app.Administrator());

        Assert.Equal(HttpStatusCode.OK, audit.StatusCode);
        var entries = (await TenantsApp.ReadJsonAsync(audit)).EnumerateArray().ToArray();
        Assert.Equal(["created", "became-independent", "independence-reverted"], entries.Select(e => e.GetProperty("action").GetString()));
        Assert.Equal(granter.ToString(), entries[1].GetProperty("actor").GetString());
        Assert.Equal(JsonValueKind.Null, entries[1].GetProperty("impersonatedBy").ValueKind);
        Assert.Equal(reverter.ToString(), entries[2].GetProperty("actor").GetString());
        Assert.Equal(realPerson.ToString(), entries[2].GetProperty("impersonatedBy").GetString());
        Assert.True(entries[2].GetProperty("occurredAt").GetDateTimeOffset() >= entries[1].GetProperty("occurredAt").GetDateTimeOffset());
    }

    [Fact]
    public async Task TheAuditIsForStaffWithTheAuditPermission()
    {
        var customer = await app.CreateCustomerAsync();
        var manager = TestTokens.ProviderStaff(app.ProviderId, Permissions.CustomersRead, Permissions.CustomersManage);
        var ownUser = TestTokens.CustomerUser(customer.Id(), Permissions.AuditRead);

        using var byManager = await app.SendAsync(HttpMethod.Get, $"/api/tenants/customers/{customer.Id()}/audit", manager);
        using var byOwnUser = await app.SendAsync(HttpMethod.Get, $"/api/tenants/customers/{customer.Id()}/audit", ownUser);

        Assert.Equal(HttpStatusCode.Forbidden, byManager.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, byOwnUser.StatusCode);
    }

    [Fact]
    public async Task ACorporateCustomerWithPortalUsersCannotBecomeIndividual()
    {
        var customer = await app.CreateCustomerAsync();
        var user = Guid.NewGuid();
        await app.PublishAndWaitAsync(UserAccess.CustomerUser(user, customer.Id()));

        using var refused = await app.SendAsync(HttpMethod.Patch, $"/api/tenants/customers/{customer.Id()}", app.Administrator(), new { type = "individual" });

        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.True((await TenantsApp.ReadJsonAsync(refused)).GetProperty("errors").TryGetProperty("type", out _));

        // A deactivated (or only invited) user is still a user of the customer.
        await app.PublishAndWaitAsync(UserAccess.CustomerUser(user, customer.Id(), active: false));
        using var stillRefused = await app.SendAsync(HttpMethod.Patch, $"/api/tenants/customers/{customer.Id()}", app.Administrator(), new { type = "individual" });
        Assert.Equal(HttpStatusCode.Conflict, stillRefused.StatusCode);

        // Once identity reports the user deleted, the switch is allowed.
        await app.PublishAndWaitAsync(UserAccess.DeletedCustomerUser(user, customer.Id()));
        using var allowed = await app.SendAsync(HttpMethod.Patch, $"/api/tenants/customers/{customer.Id()}", app.Administrator(), new { type = "individual" });
        Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
        Assert.Equal("individual", (await TenantsApp.ReadJsonAsync(allowed)).GetProperty("type").GetString());
    }

    [Fact]
    public async Task AnotherCustomersUsersDoNotKeepACustomerCorporate()
    {
        var customer = await app.CreateCustomerAsync();
        var other = await app.CreateCustomerAsync();
        await app.PublishAndWaitAsync(UserAccess.CustomerUser(Guid.NewGuid(), other.Id()));

        using var response = await app.SendAsync(HttpMethod.Patch, $"/api/tenants/customers/{customer.Id()}", app.Administrator(), new { type = "individual" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    private static string Independence(JsonElement customer) => $"/api/tenants/customers/{customer.Id()}/independence";
}
