using System.Net;
using System.Text.RegularExpressions;
using Assets.Api.Tests.Infrastructure;
using Portal.Contracts.Assets;
using Portal.Contracts.Organizations;
using Portal.Contracts.Security;

namespace Assets.Api.Tests;

[Collection(AssetsCollection.Name)]
public sealed partial class ObjectsAndDevicesTests(AssetsApp app)
{
    [Fact]
    public async Task ProviderStaffCreateAnObjectAndTheCustomersUsersSeeIt()
    {
        var world = await World.CreateAsync(app);
        var customer = await world.CustomerAsync();

        var created = await app.CreateAsync(world.Administrator(), "/api/assets/objects", new { customerId = customer.Id, name = "Headquarters", address = "Main St 1" });

        Assert.Equal(world.DepartmentId, created.GetProperty("departmentId").GetGuid()); // the customer's department by default
        var seen = await app.GetAsync(customer.Member(), $"/api/assets/objects/{created.Id()}");
        Assert.Equal("Headquarters", seen.Text("name"));
        Assert.Equal("Main St 1", seen.Text("address"));
        Assert.Contains(created.Id(), await app.ListIdsAsync(customer.Member(), "/api/assets/objects"));
        var events = await app.Events.ReceivedAsync<ObjectCreated>(e => e.ObjectId == created.Id());
        Assert.Equal(customer.Id, Assert.Single(events).CustomerId);
    }

    [Fact]
    public async Task ObjectsAreRenamedAndArchivedAndArchivedOnesLeaveTheList()
    {
        var world = await World.CreateAsync(app);
        var customer = await world.CustomerAsync();
        // Not in the built-in customer roles, but a custom grant: the customer keeps its own sites.
        var admin = customer.Administrator() with { Permissions = [.. Roles.CustomerAdministrator, Permissions.ObjectsManage] };
        var site = await app.CreateAsync(admin, "/api/assets/objects", new { name = "Warehouse" });
        await app.ExpectAsync(HttpStatusCode.Forbidden, customer.Administrator(), HttpMethod.Post, "/api/assets/objects", new { name = "Depot" });

        var renamed = await app.PatchAsync(admin, $"/api/assets/objects/{site.Id()}", new { name = "North warehouse" });
        await app.ExpectAsync(HttpStatusCode.OK, admin, HttpMethod.Post, $"/api/assets/objects/{site.Id()}/archive");

        Assert.Equal("North warehouse", renamed.Text("name"));
        Assert.DoesNotContain(site.Id(), await app.ListIdsAsync(admin, "/api/assets/objects"));
        Assert.Contains(site.Id(), await app.ListIdsAsync(admin, "/api/assets/objects?archived=true"));
        await app.ExpectAsync(HttpStatusCode.Conflict, admin, HttpMethod.Post, $"/api/assets/objects/{site.Id()}/archive");
    }

    [Fact]
    public async Task StaffFilterObjectsByCustomerAndDepartmentWithinTheirScope()
    {
        var world = await World.CreateAsync(app);
        var munich = Guid.NewGuid();
        await app.PublishAsync(new DepartmentCreated(munich, world.ProviderId, "Munich " + munich.ToString("N")[..6]));
        var acme = await world.CustomerAsync("Acme");
        var bolt = await world.CustomerAsync("Bolt", munich);
        var staff = world.Administrator();
        var acmeBerlin = await app.CreateAsync(staff, "/api/assets/objects", new { customerId = acme.Id, name = "Acme Berlin" });
        var acmeMunich = await app.CreateAsync(staff, "/api/assets/objects", new { customerId = acme.Id, departmentId = munich, name = "Acme Munich" });
        var boltMunich = await app.CreateAsync(staff, "/api/assets/objects", new { customerId = bolt.Id, departmentId = munich, name = "Bolt Munich" });
        var berlinAdministrator = world.Administrator() with { Role = "department-administrator" };
        await world.ScopeAsync(berlinAdministrator, departmentIds: [world.DepartmentId]);

        Assert.Equal([acmeBerlin.Id(), acmeMunich.Id()], await app.ListIdsAsync(staff, $"/api/assets/objects?customerId={acme.Id}"));
        Assert.Equal([acmeMunich.Id(), boltMunich.Id()], await app.ListIdsAsync(staff, $"/api/assets/objects?departmentId={munich}"));
        Assert.Equal([acmeMunich.Id()], await app.ListIdsAsync(staff, $"/api/assets/objects?departmentId={munich}&customerId={acme.Id}"));
        // The filter narrows the scope, never widens it: Bolt is a Munich customer, out of a Berlin administrator's reach.
        Assert.Equal([acmeMunich.Id()], await app.ListIdsAsync(berlinAdministrator, $"/api/assets/objects?departmentId={munich}"));
        Assert.Empty(await app.ListIdsAsync(berlinAdministrator, $"/api/assets/objects?customerId={bolt.Id}"));
        var otherProvider = await World.CreateAsync(app);
        Assert.Empty(await app.ListIdsAsync(otherProvider.Administrator(), $"/api/assets/objects?customerId={acme.Id}&departmentId={munich}"));
        var errors = await app.ValidationErrorsAsync(staff, HttpMethod.Get, "/api/assets/objects?departmentId=munich&customerId=acme");
        Assert.Contains("departmentId", errors.Keys);
        Assert.Contains("customerId", errors.Keys);
    }

    [Fact]
    public async Task AnObjectWithDevicesCannotBeArchived()
    {
        var world = await World.CreateAsync(app);
        var seeded = await world.SeedAsync(await world.CustomerAsync());

        await app.ExpectAsync(HttpStatusCode.Conflict, world.Administrator(), HttpMethod.Post, $"/api/assets/objects/{seeded.ObjectId}/archive");
    }

    [Fact]
    public async Task CustomerMembersCannotCreateObjectsOrRegisterDevices()
    {
        var world = await World.CreateAsync(app);
        var seeded = await world.SeedAsync(await world.CustomerAsync());
        var member = seeded.Customer.Member();

        await app.ExpectAsync(HttpStatusCode.Forbidden, member, HttpMethod.Post, "/api/assets/objects", new { name = "Mine" });
        await app.ExpectAsync(HttpStatusCode.Forbidden, member, HttpMethod.Post, "/api/assets/devices", new { objectId = seeded.ObjectId, name = "Mine" });
        await app.ExpectAsync(HttpStatusCode.Forbidden, member, HttpMethod.Patch, $"/api/assets/devices/{seeded.DeviceId}", new { status = "fault" });
        Assert.Equal("operational", (await app.GetAsync(member, $"/api/assets/devices/{seeded.DeviceId}")).Text("status"));
    }

    [Fact]
    public async Task ADeviceGetsAnUnguessableUrlSafeCodeThatResolvesToIt()
    {
        var world = await World.CreateAsync(app);
        var customer = await world.CustomerAsync();
        var staff = world.Administrator();
        var site = await app.CreateAsync(staff, "/api/assets/objects", new { customerId = customer.Id, name = "Plant" });

        var first = await app.CreateAsync(staff, "/api/assets/devices", new { customerId = customer.Id, objectId = site.Id(), name = "Pump", serialNumber = "P-1", model = "X" });
        var second = await app.CreateAsync(staff, "/api/assets/devices", new { customerId = customer.Id, objectId = site.Id(), name = "Pump 2" });

        var code = first.Text("code");
        Assert.Matches(UrlSafe(), code);
        Assert.True(code.Length * 6 >= 128, "at least 128 random bits");
        Assert.NotEqual(code, second.Text("code"));
        var resolved = await app.GetAsync(customer.Member(), $"/api/assets/codes/{code}");
        Assert.Equal(first.Id(), resolved.Id());
        await app.ExpectAsync(HttpStatusCode.NotFound, customer.Member(), HttpMethod.Get, $"/api/assets/codes/{code[..^1]}{(code[^1] == 'A' ? 'B' : 'A')}");
        var registered = Assert.Single(await app.Events.ReceivedAsync<DeviceRegistered>(e => e.DeviceId == first.Id()));
        Assert.Equal((customer.Id, site.Id(), code), (registered.CustomerId, registered.ObjectId, registered.Code));
    }

    [Fact]
    public async Task TheQrCodeOfADeviceIsAnSvgImage()
    {
        var world = await World.CreateAsync(app);
        var seeded = await world.SeedAsync(await world.CustomerAsync());

        using var response = await app.SendAsync(seeded.Customer.Member(), HttpMethod.Get, $"/api/assets/devices/{seeded.DeviceId}/code.svg");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("image/svg+xml", response.Content.Headers.ContentType?.MediaType);
        var svg = await response.Content.ReadAsStringAsync();
        Assert.Contains("<svg", svg, StringComparison.Ordinal);
        Assert.Contains("<rect", svg, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ADeviceStatusChangeIsPublishedOnceWithItsCustomerAndObject()
    {
        var world = await World.CreateAsync(app);
        var seeded = await world.SeedAsync(await world.CustomerAsync());

        var changed = await app.PatchAsync(world.Administrator(), $"/api/assets/devices/{seeded.DeviceId}", new { status = "fault", nextServiceOn = "2030-01-31" });

        Assert.Equal("fault", changed.Text("status"));
        Assert.Equal("2030-01-31", changed.Text("nextServiceOn"));
        var published = Assert.Single(await app.Events.ReceivedAsync<DeviceStatusChanged>(e => e.DeviceId == seeded.DeviceId));
        Assert.Equal((seeded.Customer.Id, seeded.ObjectId, "operational", "fault"), (published.CustomerId, published.ObjectId, published.PreviousStatus, published.Status));
    }

    [Fact]
    public async Task SerialNumbersAreUniquePerProvider()
    {
        var world = await World.CreateAsync(app);
        var seeded = await world.SeedAsync(await world.CustomerAsync());
        var serial = (await app.GetAsync(world.Administrator(), $"/api/assets/devices/{seeded.DeviceId}")).Text("serialNumber");
        var other = await World.CreateAsync(app);
        var otherSite = await app.CreateAsync(other.Administrator(), "/api/assets/objects", new { customerId = (await other.CustomerAsync()).Id, name = "Site" });

        var clash = await app.ExpectAsync(HttpStatusCode.Conflict, world.Administrator(), HttpMethod.Post, "/api/assets/devices", new { objectId = seeded.ObjectId, name = "Copy", serialNumber = serial });
        await app.CreateAsync(other.Administrator(), "/api/assets/devices", new { objectId = otherSite.Id(), name = "Same serial elsewhere", serialNumber = serial });

        Assert.True(clash.GetProperty("errors").TryGetProperty("serialNumber", out _));
    }

    [Fact]
    public async Task DeviceListsPageFilterAndSort()
    {
        var world = await World.CreateAsync(app);
        var customer = await world.CustomerAsync();
        var staff = world.Administrator();
        var site = await app.CreateAsync(staff, "/api/assets/objects", new { customerId = customer.Id, name = "Plant" });
        var otherSite = await app.CreateAsync(staff, "/api/assets/objects", new { customerId = customer.Id, name = "Depot" });
        var alpha = await app.CreateAsync(staff, "/api/assets/devices", new { objectId = site.Id(), name = "Alpha chiller", status = "warning" });
        var beta = await app.CreateAsync(staff, "/api/assets/devices", new { objectId = site.Id(), name = "Beta boiler", model = "Chill-o-matic" });
        var gamma = await app.CreateAsync(staff, "/api/assets/devices", new { objectId = otherSite.Id(), name = "Gamma pump", status = "warning" });
        var member = customer.Member();

        var firstPage = await app.GetAsync(member, "/api/assets/devices?pageSize=2&sort=-name");
        Assert.Equal(3, firstPage.GetProperty("total").GetInt32());
        Assert.Equal([gamma.Id(), beta.Id()], firstPage.GetProperty("items").EnumerateArray().Select(i => i.Id()));
        Assert.Equal([alpha.Id()], await app.ListIdsAsync(member, "/api/assets/devices?pageSize=2&page=2&sort=-name"));
        Assert.Equal([alpha.Id(), gamma.Id()], await app.ListIdsAsync(member, "/api/assets/devices?status=warning"));
        Assert.Equal([gamma.Id()], await app.ListIdsAsync(member, $"/api/assets/devices?objectId={otherSite.Id()}"));
        Assert.Equal([alpha.Id(), beta.Id()], await app.ListIdsAsync(member, "/api/assets/devices?text=CHILL"));
    }

    [Fact]
    public async Task BadInputIsAnsweredWithAProblemNamingEachField()
    {
        var world = await World.CreateAsync(app);
        var seeded = await world.SeedAsync(await world.CustomerAsync());
        var staff = world.Administrator();

        var device = await app.ValidationErrorsAsync(staff, HttpMethod.Post, "/api/assets/devices", new { name = " ", status = "broken", model = new string('m', 300) });
        var objectErrors = await app.ValidationErrorsAsync(staff, HttpMethod.Post, "/api/assets/objects", new { name = "", address = new string('a', 600) });
        var query = await app.ValidationErrorsAsync(staff, HttpMethod.Get, "/api/assets/devices?status=x&pageSize=0&page=-1&sort=colour&objectId=abc");
        var unreadable = await app.ValidationErrorsAsync(staff, HttpMethod.Patch, $"/api/assets/devices/{seeded.DeviceId}", ApiCalls.Json(new { installedOn = "yesterday" }));

        Assert.Equal(["model", "name", "objectId", "status"], device.Keys.Order());
        Assert.Equal(["address", "customerId", "name"], objectErrors.Keys.Order());
        Assert.Equal(["objectId", "page", "pageSize", "sort", "status"], query.Keys.Order());
        Assert.Equal(["installedOn"], unreadable.Keys);
    }

    [Fact]
    public async Task AnArchivedDevicesCodeResolvesNoMore()
    {
        var world = await World.CreateAsync(app);
        var seeded = await world.SeedAsync(await world.CustomerAsync());

        await app.ExpectAsync(HttpStatusCode.OK, world.Administrator(), HttpMethod.Post, $"/api/assets/devices/{seeded.DeviceId}/archive");

        await app.ExpectAsync(HttpStatusCode.NotFound, seeded.Customer.Member(), HttpMethod.Get, $"/api/assets/codes/{seeded.Code}");
        Assert.DoesNotContain(seeded.DeviceId, await app.ListIdsAsync(seeded.Customer.Member(), "/api/assets/devices"));
        Assert.Single(await app.Events.ReceivedAsync<DeviceArchived>(e => e.DeviceId == seeded.DeviceId));
    }

    [Fact]
    public async Task ANewCodeReplacesTheOldOne()
    {
        var world = await World.CreateAsync(app);
        var seeded = await world.SeedAsync(await world.CustomerAsync());
        var path = $"/api/assets/devices/{seeded.DeviceId}/code";

        await app.ExpectAsync(HttpStatusCode.Forbidden, seeded.Customer.Member(), HttpMethod.Post, path);
        var renewed = await app.ExpectAsync(HttpStatusCode.OK, world.Administrator(), HttpMethod.Post, path);

        var code = renewed.Text("code");
        Assert.NotEqual(seeded.Code, code);
        await app.ExpectAsync(HttpStatusCode.NotFound, seeded.Customer.Member(), HttpMethod.Get, $"/api/assets/codes/{seeded.Code}");
        Assert.Equal(seeded.DeviceId, (await app.GetAsync(seeded.Customer.Member(), $"/api/assets/codes/{code}")).Id());
        Assert.Equal(code, Assert.Single(await app.Events.ReceivedAsync<DeviceCodeRegenerated>(e => e.DeviceId == seeded.DeviceId)).Code);
    }

    [GeneratedRegex("^[A-Za-z0-9_-]+$")]
    private static partial Regex UrlSafe();
}
