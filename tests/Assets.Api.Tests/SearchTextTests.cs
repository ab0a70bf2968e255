using Assets.Api.Tests.Infrastructure;

namespace Assets.Api.Tests;

/// <summary>
/// <c>text=</c> finds what a person typed, literally: % and _ are characters, not wildcards; case does not matter,
/// umlauts included; the fields of a device are searched one by one, never across two. The customer's own user
/// (who searches the customer's rows) and provider staff (whose search goes through the trigram indexes) see the same.
/// </summary>
[Collection(AssetsCollection.Name)]
public sealed class SearchTextTests(AssetsApp app)
{
    [Fact]
    public async Task WildcardsAreTakenLiterallyAndCaseDoesNotMatterForEveryCaller()
    {
        var world = await World.CreateAsync(app);
        var customer = await world.CustomerAsync();
        var staff = world.Administrator();
        var member = customer.Member();
        var site = await app.CreateAsync(staff, "/api/assets/objects", new { customerId = customer.Id, name = "Halle 50%" });
        await app.CreateAsync(staff, "/api/assets/objects", new { customerId = customer.Id, name = "Halle 500" });
        var percent = await app.CreateAsync(staff, "/api/assets/devices", new { objectId = site.Id(), name = "Filter 100% flow", serialNumber = "SN_7" });
        await app.CreateAsync(staff, "/api/assets/devices", new { objectId = site.Id(), name = "Filter 1005 flow", serialNumber = "SNX7" });
        var tower = await app.CreateAsync(staff, "/api/assets/devices", new { objectId = site.Id(), name = "Kühlturm Nord", model = "Alpha" });
        var ticket = await app.CreateAsync(member, "/api/assets/tickets", new { objectId = site.Id(), title = "Druck bei 100%", description = "Ventil_3 klemmt" });
        await app.CreateAsync(member, "/api/assets/tickets", new { objectId = site.Id(), title = "Druck bei 1000", description = "Ventil-3 klemmt" });

        foreach (var caller in new[] { member, staff })
        {
            Assert.Equal([percent.Id()], await app.ListIdsAsync(caller, "/api/assets/devices?text=100%25"));
            Assert.Equal([percent.Id()], await app.ListIdsAsync(caller, "/api/assets/devices?text=sn_7"));
            Assert.Equal([tower.Id()], await app.ListIdsAsync(caller, "/api/assets/devices?text=K%C3%9CHLTURM"));
            Assert.Empty(await app.ListIdsAsync(caller, "/api/assets/devices?text=nordalpha"));
            Assert.Equal([site.Id()], await app.ListIdsAsync(caller, "/api/assets/objects?text=50%25"));
            Assert.Equal([ticket.Id()], await app.ListIdsAsync(caller, "/api/assets/tickets?text=100%25"));
            Assert.Equal([ticket.Id()], await app.ListIdsAsync(caller, "/api/assets/tickets?text=ventil_3"));
        }
    }
}
