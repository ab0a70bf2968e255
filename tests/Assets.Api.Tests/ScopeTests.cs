using System.Net;
using Assets.Api.Tests.Infrastructure;
using Portal.Contracts.Identity;
using Portal.Contracts.Organizations;
using Portal.Contracts.Security;

namespace Assets.Api.Tests;

/// <summary>
/// What a user sees follows their scope as identity publishes it (UserAccessChanged) and the customers
/// as tenants publishes them, from the next request on, without a restart or a new token.
/// </summary>
[Collection(AssetsCollection.Name)]
public sealed class ScopeTests(AssetsApp app)
{
    [Fact]
    public async Task AUserRestrictedToObjectsSeesOnlyThoseAndWhatIsAtThem()
    {
        var world = await World.CreateAsync(app);
        var seeded = await world.SeedAsync(await world.CustomerAsync());
        var (otherObject, otherDevice, otherTicket) = await SecondObjectAsync(world, seeded.Customer);
        var member = seeded.Customer.Member();
        await world.ScopeAsync(member, objectIds: [otherObject]);

        Assert.Equal([otherObject], await app.ListIdsAsync(member, "/api/assets/objects"));
        Assert.Equal([otherDevice], await app.ListIdsAsync(member, "/api/assets/devices"));
        Assert.Equal([otherTicket], await app.ListIdsAsync(member, "/api/assets/tickets"));
        Assert.Empty(await app.ListIdsAsync(member, "/api/assets/video-sessions"));
        await app.ExpectAsync(HttpStatusCode.NotFound, member, HttpMethod.Get, $"/api/assets/devices/{seeded.DeviceId}");
        await app.ExpectAsync(HttpStatusCode.NotFound, member, HttpMethod.Get, $"/api/assets/codes/{seeded.Code}");
        await app.ExpectAsync(HttpStatusCode.NotFound, member, HttpMethod.Get, $"/api/assets/tickets/{seeded.TicketId}");
        await app.ExpectAsync(HttpStatusCode.NotFound, member, HttpMethod.Post, "/api/assets/tickets", new { deviceId = seeded.DeviceId, title = "Mine?" });
        var dashboard = await app.GetAsync(member, "/api/assets/dashboard");
        Assert.Equal((1, 0, 1), (dashboard.GetProperty("openTickets").GetInt32(), dashboard.GetProperty("openTicketsByPriority").GetProperty("high").GetInt32(), dashboard.GetProperty("devicesByStatus").GetProperty("operational").GetInt32()));
    }

    [Fact]
    public async Task AnOlderScopeArrivingLateDoesNotUndoTheNewerOne()
    {
        var world = await World.CreateAsync(app);
        var seeded = await world.SeedAsync(await world.CustomerAsync());
        var (otherObject, _, _) = await SecondObjectAsync(world, seeded.Customer);
        var member = seeded.Customer.Member();
        var device = $"/api/assets/devices/{seeded.DeviceId}";

        await world.ScopeAsync(member, objectIds: [seeded.ObjectId], version: 2);
        // Version 1 was retried after version 2 went through: it must not narrow the member again.
        await world.ScopeAsync(member, objectIds: [otherObject], version: 1);
        await app.GetAsync(member, device);

        await world.ScopeAsync(member, objectIds: [otherObject], version: 3);
        await app.ExpectAsync(HttpStatusCode.NotFound, member, HttpMethod.Get, device);
    }

    [Fact]
    public async Task ScopeEventsChangeWhatAUserSeesWithoutARestart()
    {
        var world = await World.CreateAsync(app);
        var seeded = await world.SeedAsync(await world.CustomerAsync());
        var (otherObject, _, _) = await SecondObjectAsync(world, seeded.Customer);
        var member = seeded.Customer.Member();
        var device = $"/api/assets/devices/{seeded.DeviceId}";
        await app.GetAsync(member, device);

        await world.ScopeAsync(member, objectIds: [otherObject]);
        await app.ExpectAsync(HttpStatusCode.NotFound, member, HttpMethod.Get, device);

        await world.ScopeAsync(member, objectIds: []);
        await app.GetAsync(member, device);

        await world.ScopeAsync(member, portalAreas: [PortalAreas.Tickets]);
        await app.ExpectAsync(HttpStatusCode.Forbidden, member, HttpMethod.Get, device);
        await app.ExpectAsync(HttpStatusCode.Forbidden, member, HttpMethod.Get, "/api/assets/dashboard");
        await app.GetAsync(member, $"/api/assets/tickets/{seeded.TicketId}");

        await world.ScopeAsync(member, permissions: [Permissions.DevicesRead]);
        await app.ExpectAsync(HttpStatusCode.Forbidden, member, HttpMethod.Get, $"/api/assets/tickets/{seeded.TicketId}");
        await app.GetAsync(member, device);

        await world.ScopeAsync(member, active: false);
        await app.ExpectAsync(HttpStatusCode.Forbidden, member, HttpMethod.Get, device);
    }

    [Fact]
    public async Task WithoutAKnownScopeACustomerUserAndStaffSeeNothing()
    {
        // Fail closed: before identity's event about a person has arrived (and with no identity to ask, as
        // in these tests), they are answered as for the narrowest scope, not their organization's widest.
        var world = await World.CreateAsync(app);
        var a = await world.SeedAsync(await world.CustomerAsync("Acme"));
        var member = a.Customer.Member();
        var staff = world.Staff(Permissions.DevicesRead);
        app.ScopeGiven(member.Id);
        app.ScopeGiven(staff.Id);

        using var objects = await SendWithoutScopeAsync(member, "/api/assets/objects");
        using var device = await SendWithoutScopeAsync(member, $"/api/assets/devices/{a.DeviceId}");
        using var devices = await SendWithoutScopeAsync(staff, "/api/assets/devices");

        Assert.Equal(HttpStatusCode.Forbidden, objects.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, device.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, devices.StatusCode);
        Assert.DoesNotContain(a.DeviceId.ToString(), await devices.Content.ReadAsStringAsync());
    }

    private Task<HttpResponseMessage> SendWithoutScopeAsync(TestUser user, string path)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", Infrastructure.TestTokens.For(user));
        return app.Http.SendAsync(request);
    }

    [Fact]
    public async Task ProviderStaffSeeOnlyTheirAccessibleAccountsUntilTheyAreWidened()
    {
        var world = await World.CreateAsync(app);
        var a = await world.SeedAsync(await world.CustomerAsync("Acme"));
        var b = await world.SeedAsync(await world.CustomerAsync("Bolt"));
        var staff = world.Administrator();
        await world.ScopeAsync(staff, allCustomers: false, customerIds: [a.Customer.Id]);

        Assert.Equal([a.TicketId], await app.ListIdsAsync(staff, "/api/assets/tickets"));
        await app.ExpectAsync(HttpStatusCode.NotFound, staff, HttpMethod.Get, $"/api/assets/tickets/{b.TicketId}");
        await app.ExpectAsync(HttpStatusCode.NotFound, staff, HttpMethod.Post, "/api/assets/objects", new { customerId = b.Customer.Id, name = "Planted" });

        await world.ScopeAsync(staff, allCustomers: true);
        await app.GetAsync(staff, $"/api/assets/tickets/{b.TicketId}");
        var breakdown = (await app.GetAsync(staff, "/api/assets/dashboard")).GetProperty("customers").EnumerateArray().Select(c => c.Text("name")).Order();
        Assert.Equal(["Acme", "Bolt"], breakdown);
    }

    [Fact]
    public async Task DepartmentAdministratorsSeeOnlyTheCustomersOfTheirDepartments()
    {
        var world = await World.CreateAsync(app);
        var munich = Guid.NewGuid();
        await app.PublishAsync(new DepartmentCreated(munich, world.ProviderId, "Munich " + munich.ToString("N")[..6]));
        var berlinCustomer = await world.SeedAsync(await world.CustomerAsync("Acme"));
        var munichCustomer = await world.SeedAsync(await world.CustomerAsync("Bolt", munich));
        var departmentAdministrator = world.Administrator() with { Role = "department-administrator" };
        await world.ScopeAsync(departmentAdministrator, departmentIds: [munich]);

        Assert.Equal([munichCustomer.DeviceId], await app.ListIdsAsync(departmentAdministrator, "/api/assets/devices"));
        await app.ExpectAsync(HttpStatusCode.NotFound, departmentAdministrator, HttpMethod.Get, $"/api/assets/objects/{berlinCustomer.ObjectId}");
        Assert.Equal(munich, (await app.GetAsync(departmentAdministrator, $"/api/assets/objects/{munichCustomer.ObjectId}")).GetProperty("departmentId").GetGuid());
    }

    [Fact]
    public async Task AnArchivedCustomerIsSeenByNobody()
    {
        var world = await World.CreateAsync(app);
        var seeded = await world.SeedAsync(await world.CustomerAsync());
        var kept = await world.SeedAsync(await world.CustomerAsync("Kept"));

        await app.PublishAsync(new CustomerArchived(seeded.Customer.Id, world.ProviderId));

        // Staff who see the whole provider are filtered by provider, minus its archived customers.
        await app.ExpectAsync(HttpStatusCode.NotFound, world.Administrator(), HttpMethod.Get, $"/api/assets/devices/{seeded.DeviceId}");
        Assert.Equal([kept.TicketId], await app.ListIdsAsync(world.Administrator(), "/api/assets/tickets"));
        Assert.Equal([kept.DeviceId], await app.ListIdsAsync(world.Administrator(), "/api/assets/devices"));
        await app.ExpectAsync(HttpStatusCode.Forbidden, seeded.Customer.Member(), HttpMethod.Get, "/api/assets/devices");
    }

    private async Task<(Guid ObjectId, Guid DeviceId, Guid TicketId)> SecondObjectAsync(World world, TestCustomer customer)
    {
        var staff = world.Administrator();
        var site = await app.CreateAsync(staff, "/api/assets/objects", new { customerId = customer.Id, name = "Branch office" });
        var device = await app.CreateAsync(staff, "/api/assets/devices", new { objectId = site.Id(), name = "Chiller" });
        var ticket = await app.CreateAsync(staff, "/api/assets/tickets", new { deviceId = device.Id(), title = "Too warm", priority = "normal" });
        return (site.Id(), device.Id(), ticket.Id());
    }
}
