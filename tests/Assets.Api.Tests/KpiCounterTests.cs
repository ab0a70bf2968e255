using System.Text.Json;
using Assets.Api.Tests.Infrastructure;
using Portal.Contracts.Organizations;

namespace Assets.Api.Tests;

/// <summary>
/// The dashboard's counters (kept by database triggers) against the rows themselves: after every kind of
/// change they must say what counting the tickets and devices says, and a rebuild must recount the same.
/// </summary>
[Collection(AssetsCollection.Name)]
public sealed class KpiCounterTests(AssetsApp app)
{
    [Fact]
    public async Task TheCountersFollowEveryChangeAndARebuildRecountsTheSame()
    {
        var world = await World.CreateAsync(app);
        var customer = await world.CustomerAsync("Counted");
        var seeded = await world.SeedAsync(customer);
        await ChangeEverythingThatMovesAFigureAsync(world, seeded);
        var secondObject = await SecondObjectAsync(world, customer);

        // The same customer through both readers: a user who sees the whole customer gets the counters, one
        // assigned to every one of its objects gets the rows counted.
        var wholeCustomer = customer.Member();
        var everyObject = customer.Member();
        await world.ScopeAsync(everyObject, objectIds: [seeded.ObjectId, secondObject]);
        var counted = await app.GetAsync(wholeCustomer, "/api/assets/dashboard");
        var scanned = await app.GetAsync(everyObject, "/api/assets/dashboard");

        Assert.Equal(5, counted.GetProperty("openTickets").GetInt32());
        Assert.Equal(JsonValueKind.Number, counted.GetProperty("meanTimeToResolveHours").GetProperty("last90Days").ValueKind);
        Assert.Equal(scanned.GetRawText(), counted.GetRawText());
        var staffView = (await app.GetAsync(world.Administrator(), "/api/assets/dashboard")).GetProperty("customers").EnumerateArray()
            .Single(c => c.GetProperty("customerId").GetGuid() == customer.Id);
        Assert.Equal((5, 3), (staffView.GetProperty("openTickets").GetInt32(), staffView.GetProperty("devices").GetInt32()));
        // The provider has this one customer: staff who see all of it read the provider's counters, which must agree.
        Assert.Equal(WholeScopeFigures(counted), WholeScopeFigures(await app.GetAsync(world.Administrator(), "/api/assets/dashboard")));

        var kept = await CountersAsync(customer.Id, world.ProviderId);
        await app.RebuildKpiCountersAsync();
        Assert.Equal(kept, await CountersAsync(customer.Id, world.ProviderId));
    }

    [Fact]
    public async Task StaffWhoSeeTheWholeProviderCountNothingOfItsArchivedCustomers()
    {
        var world = await World.CreateAsync(app);
        var staff = world.Administrator();
        var leaving = await world.SeedAsync(await world.CustomerAsync("Leaving"));
        var staying = await world.SeedAsync(await world.CustomerAsync("Staying"));
        foreach (var seeded in new[] { leaving, staying, leaving })
        {
            var ticket = await app.CreateAsync(staff, "/api/assets/tickets", new { deviceId = seeded.DeviceId, title = "Fixed", priority = "low" });
            await app.PatchAsync(staff, $"/api/assets/tickets/{ticket.Id()}", new { status = "resolved" });
        }

        var before = await app.GetAsync(staff, "/api/assets/tickets");
        await app.PublishAsync(new CustomerArchived(leaving.Customer.Id, world.ProviderId));

        var customersOwn = await app.GetAsync(staying.Customer.Member(), "/api/assets/dashboard");
        Assert.Equal(5, before.GetProperty("total").GetInt32());
        Assert.Equal(WholeScopeFigures(customersOwn), WholeScopeFigures(await app.GetAsync(staff, "/api/assets/dashboard")));
        Assert.Equal(2, (await app.GetAsync(staff, "/api/assets/tickets")).GetProperty("total").GetInt32());
        Assert.Equal(1, (await app.GetAsync(staff, "/api/assets/tickets?status=resolved")).GetProperty("total").GetInt32());
        Assert.Equal(1, (await app.GetAsync(staff, "/api/assets/devices?status=operational")).GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task ARebuildRepairsCountersThatWentWrong()
    {
        var world = await World.CreateAsync(app);
        var customer = await world.CustomerAsync("Repaired");
        await world.SeedAsync(customer);
        var right = await app.GetAsync(customer.Member(), "/api/assets/dashboard");

        // What a restore from an older backup of one table, or a bulk load with triggers off, leaves behind.
        await app.Database.ExecuteAsync("UPDATE ticket_counts SET count = count + 40 WHERE customer_id = $1", customer.Id);
        await app.Database.ExecuteAsync("DELETE FROM device_counts WHERE customer_id = $1", customer.Id);
        var wrong = await app.GetAsync(customer.Member(), "/api/assets/dashboard");
        await app.RebuildKpiCountersAsync();
        var repaired = await app.GetAsync(customer.Member(), "/api/assets/dashboard");

        Assert.Equal((41, 0), (wrong.GetProperty("openTickets").GetInt32(), wrong.GetProperty("devicesByStatus").GetProperty("operational").GetInt32()));
        Assert.Equal(right.GetRawText(), repaired.GetRawText());
    }

    // Opening, moving along the workflow, reopening, changing priority, back-dating, archiving; devices
    // changing status and object and being archived.
    private async Task ChangeEverythingThatMovesAFigureAsync(World world, Seeded seeded)
    {
        var staff = world.Administrator();
        var ticket = (string title, string priority) => app.CreateAsync(staff, "/api/assets/tickets", new { deviceId = seeded.DeviceId, title, priority });
        var move = (JsonElement t, string status) => app.PatchAsync(staff, $"/api/assets/tickets/{t.Id()}", new { status });

        var urgent = await ticket("Flooded", "urgent");
        await move(urgent, "in_progress");
        var resolvedLastMonth = await ticket("Pressure", "normal");
        await move(resolvedLastMonth, "resolved");
        await app.Database.ExecuteAsync(
            "UPDATE tickets SET created_at = now() - interval '40 days 3 hours', resolved_at = now() - interval '35 days' WHERE id = $1", resolvedLastMonth.Id());
        var archived = await ticket("Noise", "low");
        await move(archived, "resolved");
        await move(archived, "closed");
        await app.ExpectAsync(System.Net.HttpStatusCode.OK, staff, HttpMethod.Post, $"/api/assets/tickets/{archived.Id()}/archive");
        var reopened = await ticket("Display", "high");
        await move(reopened, "resolved");
        await move(reopened, "open");
        await app.PatchAsync(staff, $"/api/assets/tickets/{reopened.Id()}", new { priority = "low" });
        var closed = await ticket("Filter", "normal");
        await move(closed, "resolved");
        await move(closed, "closed");
        var old = await ticket("Last year", "high");
        await app.Database.ExecuteAsync("UPDATE tickets SET created_at = now() - interval '400 days' WHERE id = $1", old.Id());

        var device = (string name, string status) => app.CreateAsync(staff, "/api/assets/devices", new { objectId = seeded.ObjectId, name, status });
        var failing = await device("Pump", "operational");
        await app.PatchAsync(staff, $"/api/assets/devices/{failing.Id()}", new { status = "fault" });
        var scrapped = await device("Fan", "warning");
        await app.ExpectAsync(System.Net.HttpStatusCode.OK, staff, HttpMethod.Post, $"/api/assets/devices/{scrapped.Id()}/archive");
        await device("Gate", "offline");
    }

    private async Task<Guid> SecondObjectAsync(World world, TestCustomer customer)
    {
        var staff = world.Administrator();
        var site = await app.CreateAsync(staff, "/api/assets/objects", new { customerId = customer.Id, name = "Annex", address = "Side St 2" });
        await app.CreateAsync(staff, "/api/assets/tickets", new { objectId = site.Id(), title = "Roof", priority = "normal" });
        return site.Id();
    }

    // What the dashboard sums over everything the caller sees (not the per-customer breakdown).
    private static string WholeScopeFigures(JsonElement dashboard) => string.Join(" | ",
        new[] { "openTickets", "openTicketsByPriority", "meanTimeToResolveHours", "ticketsOpenedPerMonth" }
            .Select(name => dashboard.GetProperty(name).GetRawText()));

    private Task<string> CountersAsync(Guid customerId, Guid providerId) => app.Database.ScalarAsync<string>("""
        SELECT concat_ws(' | ',
            (SELECT string_agg(status || '/' || priority || '=' || count, ',' ORDER BY status, priority) FROM provider_ticket_counts WHERE provider_id = $2 AND count <> 0),
            (SELECT string_agg(month || '=' || count, ',' ORDER BY month) FROM provider_tickets_opened_per_month WHERE provider_id = $2 AND count <> 0),
            (SELECT string_agg(day || '=' || count || '/' || trim_scale(seconds_to_resolve), ',' ORDER BY day) FROM provider_tickets_resolved_per_day WHERE provider_id = $2 AND count <> 0),
            (SELECT string_agg(status || '/' || priority || '=' || count, ',' ORDER BY status, priority) FROM ticket_counts WHERE customer_id = $1 AND count <> 0),
            (SELECT string_agg(month || '=' || count, ',' ORDER BY month) FROM tickets_opened_per_month WHERE customer_id = $1 AND count <> 0),
            (SELECT string_agg(day || '=' || count || '/' || trim_scale(seconds_to_resolve), ',' ORDER BY day) FROM tickets_resolved_per_day WHERE customer_id = $1 AND count <> 0),
            (SELECT string_agg(status || '=' || count, ',' ORDER BY status) FROM device_counts WHERE customer_id = $1 AND count <> 0))
        """, customerId, providerId);
}
