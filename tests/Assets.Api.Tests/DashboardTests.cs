using System.Net;
using System.Text.Json;
using Assets.Api.Tests.Infrastructure;
using Portal.Contracts.Identity;

namespace Assets.Api.Tests;

[Collection(AssetsCollection.Name)]
public sealed class DashboardTests(AssetsApp app)
{
    [Fact]
    public async Task ACustomerSeesTheKpisOfTheirOwnData()
    {
        var world = await World.CreateAsync(app);
        var seeded = await world.SeedAsync(await world.CustomerAsync());
        var staff = world.Administrator();
        var overdue = await app.CreateAsync(staff, "/api/assets/devices", new { objectId = seeded.ObjectId, name = "Old pump", status = "fault", nextServiceOn = DateOnly.FromDateTime(DateTime.UtcNow.AddDays(-3)) });
        var resolved = await app.CreateAsync(staff, "/api/assets/tickets", new { objectId = seeded.ObjectId, title = "Fixed quickly", priority = "urgent" });
        await app.PatchAsync(staff, $"/api/assets/tickets/{resolved.Id()}", new { status = "resolved" });
        await world.SeedAsync(await world.CustomerAsync("Someone else"));

        var dashboard = await app.GetAsync(seeded.Customer.Member(), "/api/assets/dashboard");

        Assert.Equal(1, dashboard.GetProperty("openTickets").GetInt32());
        Assert.Equal(1, dashboard.GetProperty("openTicketsByPriority").GetProperty("high").GetInt32());
        Assert.Equal(0, dashboard.GetProperty("openTicketsByPriority").GetProperty("urgent").GetInt32());
        Assert.Equal((1, 1), (dashboard.GetProperty("devicesByStatus").GetProperty("operational").GetInt32(), dashboard.GetProperty("devicesByStatus").GetProperty("fault").GetInt32()));
        Assert.Equal(JsonValueKind.Number, dashboard.GetProperty("meanTimeToResolveHours").GetProperty("last30Days").ValueKind);
        var months = dashboard.GetProperty("ticketsOpenedPerMonth").EnumerateArray().ToList();
        Assert.Equal(12, months.Count);
        Assert.Equal(($"{DateTime.UtcNow:yyyy-MM}", 2), (months[^1].Text("month"), months[^1].GetProperty("count").GetInt32()));
        Assert.Equal(seeded.VideoSessionId, Assert.Single(dashboard.GetProperty("upcomingVideoSessions").EnumerateArray()).Id());
        Assert.Equal(overdue.Id(), Assert.Single(dashboard.GetProperty("overdueServices").EnumerateArray()).GetProperty("deviceId").GetGuid());
        Assert.Equal(JsonValueKind.Null, dashboard.GetProperty("customers").ValueKind);
    }

    [Fact]
    public async Task ProviderStaffSeeTheirCustomersTogetherAndOneByOne()
    {
        var world = await World.CreateAsync(app);
        var a = await world.SeedAsync(await world.CustomerAsync("Acme"));
        var b = await world.SeedAsync(await world.CustomerAsync("Bolt"));
        await app.CreateAsync(world.Administrator(), "/api/assets/tickets", new { deviceId = b.DeviceId, title = "Again", priority = "low" });

        var dashboard = await app.GetAsync(world.Administrator(), "/api/assets/dashboard");

        Assert.Equal(3, dashboard.GetProperty("openTickets").GetInt32());
        Assert.Equal(2, dashboard.GetProperty("upcomingVideoSessionCount").GetInt32());
        var customers = dashboard.GetProperty("customers").EnumerateArray()
            .Select(c => (c.GetProperty("customerId").GetGuid(), c.GetProperty("openTickets").GetInt32(), c.GetProperty("devices").GetInt32())).ToList();
        Assert.Equal([(b.Customer.Id, 2, 1), (a.Customer.Id, 1, 1)], customers);
    }

    [Fact]
    public async Task UsersWithoutTheDashboardAreaAreForbidden()
    {
        var world = await World.CreateAsync(app);
        var customer = await world.CustomerAsync();
        var member = customer.Member();
        await world.ScopeAsync(member, portalAreas: [PortalAreas.Tickets, PortalAreas.Devices]);

        await app.ExpectAsync(HttpStatusCode.Forbidden, member, HttpMethod.Get, "/api/assets/dashboard");
        using var anonymous = await app.Http.GetAsync(new Uri("/api/assets/dashboard", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
    }
}
