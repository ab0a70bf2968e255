using System.Net;
using System.Text.Json;
using Tenants.Api.Tests.Infrastructure;
using static Tenants.Api.Tests.Infrastructure.TenantsAppExtensions;

namespace Tenants.Api.Tests;

/// <summary>
/// Every change leaves through the outbox as one event on the real broker, carrying what other
/// services keep in their own copy.
/// </summary>
[Collection(TenantsCollection.Name)]
public sealed class IntegrationEventTests(TenantsApp app)
{
    [Fact]
    public async Task ACreatedCustomerIsAnnouncedOnceWithItsWholeState()
    {
        var department = await app.CreateDepartmentAsync();
        var created = await app.CreateCustomerAsync(Unique("Announced"), "individual", departmentId: department);

        var message = (await app.ExactlyOneEventAsync("CustomerCreated", ForCustomer(created))).Message;

        Assert.Equal(app.ProviderId, message.GetProperty("providerId").GetGuid());
        Assert.Equal(created.GetProperty("name").GetString(), message.GetProperty("name").GetString());
        Assert.Equal(created.GetProperty("slug").GetString(), message.GetProperty("slug").GetString());
        Assert.Equal("individual", message.GetProperty("type").GetString());
        Assert.Equal(department, message.GetProperty("departmentId").GetGuid());
        Assert.False(message.GetProperty("independent").GetBoolean());
    }

    [Fact]
    public async Task AnEditIsAnnouncedOnceAndAnEditThatChangesNothingIsNotAnnounced()
    {
        var created = await app.CreateCustomerAsync();
        var newName = Unique("Edited");

        using var edit = await app.SendAsync(HttpMethod.Patch, $"/api/tenants/customers/{created.Id()}", app.Administrator(), new { name = newName });
        using var same = await app.SendAsync(HttpMethod.Patch, $"/api/tenants/customers/{created.Id()}", app.Administrator(), new { name = newName });

        Assert.Equal(HttpStatusCode.OK, edit.StatusCode);
        Assert.Equal(HttpStatusCode.OK, same.StatusCode);
        var message = (await app.ExactlyOneEventAsync("CustomerUpdated", ForCustomer(created))).Message;
        Assert.Equal(newName, message.GetProperty("name").GetString());
        Assert.Equal(created.GetProperty("slug").GetString(), message.GetProperty("slug").GetString());
    }

    [Fact]
    public async Task ArchivingIsAnnouncedOnceEvenWhenRepeated()
    {
        var created = await app.CreateCustomerAsync();

        using var first = await app.SendAsync(HttpMethod.Post, $"/api/tenants/customers/{created.Id()}/archive", app.Administrator());
        using var second = await app.SendAsync(HttpMethod.Post, $"/api/tenants/customers/{created.Id()}/archive", app.Administrator());

        Assert.Equal(HttpStatusCode.NoContent, first.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, second.StatusCode);
        var message = (await app.ExactlyOneEventAsync("CustomerArchived", ForCustomer(created))).Message;
        Assert.Equal(app.ProviderId, message.GetProperty("providerId").GetGuid());
    }

    [Fact]
    public async Task IndependenceAndItsRevertAreAnnouncedOnceEach()
    {
        var created = await app.CreateCustomerAsync();

        using var independence = await app.SendAsync(HttpMethod.Post, $"/api/tenants/customers/{created.Id()}/independence", app.Administrator());
        using var again = await app.SendAsync(HttpMethod.Post, $"/api/tenants/customers/{created.Id()}/independence", app.Administrator());
        using var revert = await app.SendAsync(HttpMethod.Delete, $"/api/tenants/customers/{created.Id()}/independence", app.Administrator());

        Assert.Equal(HttpStatusCode.OK, independence.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Equal(HttpStatusCode.OK, revert.StatusCode);
        await app.ExactlyOneEventAsync("CustomerBecameIndependent", ForCustomer(created));
        await app.ExactlyOneEventAsync("CustomerIndependenceReverted", ForCustomer(created));
    }

    [Fact]
    public async Task SimultaneousRequestsForIndependenceSucceedOnceAndAreAnnouncedOnce()
    {
        var created = await app.CreateCustomerAsync();

        var responses = await Task.WhenAll(Enumerable.Range(0, 5).Select(_ =>
            app.SendAsync(HttpMethod.Post, $"/api/tenants/customers/{created.Id()}/independence", app.Administrator())));

        Assert.Single(responses, r => r.StatusCode == HttpStatusCode.OK);
        Assert.All(responses.Where(r => r.StatusCode != HttpStatusCode.OK), r => Assert.Equal(HttpStatusCode.Conflict, r.StatusCode));
        await app.ExactlyOneEventAsync("CustomerBecameIndependent", ForCustomer(created));
        foreach (var response in responses)
        {
            response.Dispose();
        }
    }

    [Fact]
    public async Task RejectedChangesAreNotAnnounced()
    {
        var created = await app.CreateCustomerAsync();

        using var invalid = await app.SendAsync(HttpMethod.Patch, $"/api/tenants/customers/{created.Id()}", app.Administrator(), new { name = "", slug = "x" });
        await app.ExactlyOneEventAsync("CustomerCreated", ForCustomer(created));

        Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
        Assert.Empty(app.Broker.Matching("CustomerUpdated", ForCustomer(created)));
    }

    [Fact]
    public async Task DepartmentsAreAnnouncedWhenCreatedRenamedAndArchived()
    {
        var department = await app.CreateDepartmentAsync();
        var newName = Unique("Renamed department");

        using var rename = await app.SendAsync(HttpMethod.Patch, $"/api/tenants/departments/{department}", app.Administrator(), new { name = newName });
        using var archive = await app.SendAsync(HttpMethod.Post, $"/api/tenants/departments/{department}/archive", app.Administrator());

        Assert.Equal(HttpStatusCode.OK, rename.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, archive.StatusCode);
        await app.ExactlyOneEventAsync("DepartmentCreated", ForDepartment(department));
        var renamed = (await app.ExactlyOneEventAsync("DepartmentRenamed", ForDepartment(department))).Message;
        Assert.Equal(newName, renamed.GetProperty("name").GetString());
        await app.ExactlyOneEventAsync("DepartmentArchived", ForDepartment(department));
    }

    private static Func<JsonElement, bool> ForCustomer(JsonElement customer) =>
        message => message.GetProperty("customerId").GetGuid() == customer.Id();

    private static Func<JsonElement, bool> ForDepartment(Guid department) =>
        message => message.GetProperty("departmentId").GetGuid() == department;
}
