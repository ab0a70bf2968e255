using Assets.Api.Tests.Infrastructure;

namespace Assets.Api.Tests;

/// <summary>
/// A list's total at a size where counting every match would cost more than the page: exact from the KPI
/// counters where they know it, else counted up to 1,000 and marked as a lower bound.
/// </summary>
[Collection(AssetsCollection.Name)]
public sealed class ListTotalTests(AssetsApp app)
{
    private const int Many = 1_050;

    [Fact]
    public async Task BeyondAThousandMatchesASearchSaysMoreThanAndTheCountersStillKnowTheExactNumber()
    {
        var world = await World.CreateAsync(app);
        var customer = await world.CustomerAsync("Busy");
        var seeded = await world.SeedAsync(customer);
        // As a bulk load writes them: straight into the table, the counters kept by their triggers.
        await app.Database.ExecuteAsync("""
            INSERT INTO tickets (id, provider_id, customer_id, object_id, device_id, title, description, priority, status, created_by, created_at, updated_at)
            SELECT gen_random_uuid(), t.provider_id, t.customer_id, t.object_id, t.device_id, 'Pump noise ' || n, '', 'normal', 'open', t.created_by,
                   now() - n * interval '1 minute', now()
            FROM tickets t, generate_series(1, $2) AS n WHERE t.id = $1
            """, seeded.TicketId, Many);
        var member = customer.Member();

        var searched = await app.GetAsync(member, "/api/assets/tickets?text=pump");
        var open = await app.GetAsync(member, "/api/assets/tickets?status=open");
        var lastPage = await app.GetAsync(member, $"/api/assets/tickets?text=pump&pageSize=100&page={(Many / 100) + 1}");
        var few = await app.GetAsync(member, "/api/assets/tickets?text=leaking");

        Assert.Equal((1_000, false, 25), (searched.GetProperty("total").GetInt32(), searched.GetProperty("totalIsExact").GetBoolean(), searched.GetProperty("items").GetArrayLength()));
        Assert.Equal((Many + 1, true), (open.GetProperty("total").GetInt32(), open.GetProperty("totalIsExact").GetBoolean()));
        Assert.Equal(Many % 100, lastPage.GetProperty("items").GetArrayLength());
        Assert.Equal((1, true), (few.GetProperty("total").GetInt32(), few.GetProperty("totalIsExact").GetBoolean()));
    }
}
