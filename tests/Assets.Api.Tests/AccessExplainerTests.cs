using System.Net;
using System.Text.Json;
using Assets.Api.Tests.Infrastructure;
using Portal.Contracts.Identity;
using Portal.Contracts.Organizations;
using Portal.Contracts.Security;

namespace Assets.Api.Tests;

/// <summary>
/// "Who can see this, and why" against what each person's own requests return: over two customers' people and
/// the provider's staff, with every narrowing the scope has (object assignment, portal areas, a permission
/// taken away, deactivation, accessible accounts, departments), for every seeded device, object, ticket and
/// video session. The test asks both and compares; it does not know the answer beforehand.
/// </summary>
[Collection(AssetsCollection.Name)]
public sealed class AccessExplainerTests(AssetsApp app)
{
    private static readonly (string Collection, string Kind)[] Kinds =
        [("devices", "device"), ("objects", "object"), ("tickets", "ticket"), ("video-sessions", "video-session")];

    [Fact]
    public async Task WhoCanSeeARecordIsExactlyWhoGetsIt()
    {
        var cast = await Cast.CreateAsync(app);

        foreach (var item in cast.Items)
        {
            var explained = await app.GetAsync(cast.StaffAdministrator, $"/api/assets/{item.Collection}/{item.Id}/access");
            var listed = Ids(explained, "people");
            var others = Ids(explained, "others");
            Assert.Empty(listed.Intersect(others));
            foreach (var person in cast.People)
            {
                var sees = await SeesAsync(person, item);
                var belongs = person.OrganizationId == item.CustomerId || person.IsProviderStaff;
                Assert.True(sees == listed.Contains(person.Id), $"{person} {item}: sees {sees}, listed {listed.Contains(person.Id)}");
                // Staff learn about everyone of the customer and the provider: seen, or with the reason why not.
                Assert.True(belongs == (listed.Contains(person.Id) || others.Contains(person.Id)), $"{person} {item}: belongs {belongs}");
            }

            // The customer's administrator gets the same list of who sees it, and no staff among those who do not.
            if (item.CustomerId == cast.Acme.Id)
            {
                var asCustomer = await app.GetAsync(cast.AcmeAdministrator, $"/api/assets/{item.Collection}/{item.Id}/access");
                Assert.Equal(listed.Order(), Ids(asCustomer, "people").Order());
                Assert.All(asCustomer.GetProperty("others").EnumerateArray(), o => Assert.Equal("customer", o.GetProperty("person").Text("organizationKind")));
                Assert.All(
                    asCustomer.GetProperty("people").EnumerateArray().Select(p => p.GetProperty("person")).Where(p => p.Text("organizationKind") == "provider"),
                    p => Assert.Equal(JsonValueKind.Null, p.GetProperty("email").ValueKind));
            }
        }
    }

    [Fact]
    public async Task WhatAPersonCanSeeAgreesWithTheirRequests()
    {
        var cast = await Cast.CreateAsync(app);

        foreach (var person in cast.People)
        {
            var explained = await app.GetAsync(cast.StaffAdministrator, $"/api/assets/people/{person.Id}/access");
            var open = explained.GetProperty("areas").EnumerateArray().Where(a => a.GetProperty("open").GetBoolean()).Select(a => a.Text("kind")).ToHashSet();
            var customers = explained.GetProperty("reach").GetProperty("customers").EnumerateArray().Select(c => c.Id()).ToHashSet();
            var assigned = explained.GetProperty("objects").GetProperty("assigned");
            var objects = assigned.ValueKind == JsonValueKind.Null ? null : assigned.EnumerateArray().Select(o => o.Id()).ToHashSet();
            foreach (var item in cast.Items)
            {
                var predicted = open.Contains(item.Kind) && customers.Contains(item.CustomerId) && (objects is null || objects.Contains(item.ObjectId));
                Assert.True(predicted == await SeesAsync(person, item), $"{person} {item}: explained {predicted}");
            }
        }
    }

    [Fact]
    public async Task TheReasonsNameTheGrantsAndWhatStopsTheOthers()
    {
        var cast = await Cast.CreateAsync(app);
        var device = cast.Items.First(i => i.Kind == "device" && i.ObjectId == cast.SecondObjectId);

        var explained = await app.GetAsync(cast.StaffAdministrator, $"/api/assets/devices/{device.Id}/access");
        Assert.Equal("Pump", explained.GetProperty("item").Text("name"));
        Assert.Equal("Acme", explained.GetProperty("item").Text("customerName"));
        var restricted = Entry(explained, "people", cast.RestrictedMember);
        Assert.Equal("Rita Test", restricted.GetProperty("person").Text("name"));
        Assert.Equal(
            ["organization:Acme", "role:member", "permission:devices.read", "portal-area:devices", "assigned-object:Branch office"],
            Chain(restricted));
        Assert.Equal(["organization:Acme", "role:administrator", "permission:devices.read", "portal-area:devices", "all-objects:"], Chain(Entry(explained, "people", cast.AcmeAdministrator)));
        Assert.Equal(["provider-staff:", "role:administrator", "accessible-customer:Acme", "permission:devices.read"], Chain(Entry(explained, "people", cast.AcmeOnlyStaff)));
        Assert.Equal("portal_area_closed", Entry(explained, "others", cast.TicketsOnlyMember).Text("reason"));
        Assert.Equal("permission_missing", Entry(explained, "others", cast.WithoutDevicesModerator).Text("reason"));
        Assert.Equal("account_without_access", Entry(explained, "others", cast.DeactivatedMember).Text("reason"));
        Assert.Equal("customer_not_accessible", Entry(explained, "others", cast.MunichStaff).Text("reason"));

        // The first device is at the other object: the restricted member is told why not, in German if asked.
        var first = cast.Items.First(i => i.Kind == "device" && i.ObjectId != cast.SecondObjectId && i.CustomerId == cast.Acme.Id);
        using var german = await app.SendAsync(cast.AcmeAdministrator, HttpMethod.Get, $"/api/assets/devices/{first.Id}/access", acceptLanguage: "de");
        var answer = JsonDocument.Parse(await german.Content.ReadAsStringAsync()).RootElement;
        var notAssigned = Entry(answer, "others", cast.RestrictedMember);
        Assert.Equal("object_not_assigned", notAssigned.Text("reason"));
        Assert.Equal("Diese Person ist nur anderen Objekten zugeordnet.", notAssigned.Text("message"));
    }

    [Fact]
    public async Task OnlyThoseWhoSeeTheRecordOrThePersonMayAsk()
    {
        var cast = await Cast.CreateAsync(app);
        var acmeDevice = cast.Items.First(i => i.Kind == "device" && i.CustomerId == cast.Acme.Id);

        foreach (var (collection, _) in Kinds)
        {
            var bolt = cast.Items.First(i => i.Collection == collection && i.CustomerId == cast.Bolt.Id);
            var body = await app.ExpectAsync(HttpStatusCode.NotFound, cast.AcmeAdministrator, HttpMethod.Get, $"/api/assets/{collection}/{bolt.Id}/access");
            Assert.Equal($"{bolt.Kind.Replace('-', '_')}_not_found", body.Text("code"));
            Assert.False(body.TryGetProperty("people", out _));
            await app.ExpectAsync(HttpStatusCode.NotFound, cast.AcmeOnlyStaff, HttpMethod.Get, $"/api/assets/{collection}/{bolt.Id}/access");
        }

        // Members have no users.read: they may not ask, even about what they see.
        await app.ExpectAsync(HttpStatusCode.Forbidden, cast.AcmeMember, HttpMethod.Get, $"/api/assets/devices/{acmeDevice.Id}/access");
        await app.ExpectAsync(HttpStatusCode.Forbidden, cast.AcmeMember, HttpMethod.Get, $"/api/assets/people/{cast.AcmeMember.Id}/access");
        await app.ExpectAsync(HttpStatusCode.NotFound, cast.AcmeAdministrator, HttpMethod.Get, $"/api/assets/devices/{Guid.NewGuid()}/access");

        // A customer's administrator asks about their own people only; staff limited to Acme not about Bolt's.
        await app.GetAsync(cast.AcmeAdministrator, $"/api/assets/people/{cast.RestrictedMember.Id}/access");
        await app.ExpectAsync(HttpStatusCode.NotFound, cast.AcmeAdministrator, HttpMethod.Get, $"/api/assets/people/{cast.BoltMember.Id}/access");
        await app.ExpectAsync(HttpStatusCode.NotFound, cast.AcmeAdministrator, HttpMethod.Get, $"/api/assets/people/{cast.StaffAdministrator.Id}/access");
        await app.ExpectAsync(HttpStatusCode.NotFound, cast.AcmeOnlyStaff, HttpMethod.Get, $"/api/assets/people/{cast.BoltMember.Id}/access");
        await app.ExpectAsync(HttpStatusCode.NotFound, cast.BoltAdministrator, HttpMethod.Get, $"/api/assets/people/{Guid.NewGuid()}/access");

        // Staff limited to Acme asking about the all-customers administrator learn of Acme only.
        var reach = (await app.GetAsync(cast.AcmeOnlyStaff, $"/api/assets/people/{cast.StaffAdministrator.Id}/access")).GetProperty("reach");
        Assert.Equal("all-customers", reach.Text("through"));
        Assert.Equal([cast.Acme.Id], reach.GetProperty("customers").EnumerateArray().Select(c => c.Id()));
    }

    private async Task<bool> SeesAsync(TestUser person, Item item)
    {
        using var response = await app.SendAsync(person, HttpMethod.Get, $"/api/assets/{item.Collection}/{item.Id}");
        Assert.True(
            response.StatusCode is HttpStatusCode.OK or HttpStatusCode.Forbidden or HttpStatusCode.NotFound,
            $"{person} {item}: {(int)response.StatusCode}");
        return response.StatusCode == HttpStatusCode.OK;
    }

    private static HashSet<Guid> Ids(JsonElement explained, string list) =>
        [.. explained.GetProperty(list).EnumerateArray().Select(p => p.GetProperty("person").GetProperty("userId").GetGuid())];

    private static JsonElement Entry(JsonElement explained, string list, TestUser person) =>
        explained.GetProperty(list).EnumerateArray().Single(p => p.GetProperty("person").GetProperty("userId").GetGuid() == person.Id);

    private static string[] Chain(JsonElement entry) =>
        [.. entry.GetProperty("grants").EnumerateArray().Select(g => $"{g.Text("kind")}:{(g.GetProperty("value").ValueKind == JsonValueKind.Null ? "" : g.Text("value"))}")];

    private sealed record Item(string Collection, string Kind, Guid Id, Guid CustomerId, Guid ObjectId)
    {
        public override string ToString() => $"{Kind} {Id}";
    }

    /// <summary>Two customers, their people and the provider's staff, each narrowed in one way.</summary>
    private sealed class Cast
    {
        public required TestCustomer Acme { get; init; }
        public required TestCustomer Bolt { get; init; }
        public required Guid SecondObjectId { get; init; }
        public required TestUser StaffAdministrator { get; init; }
        public required TestUser AcmeOnlyStaff { get; init; }
        public required TestUser MunichStaff { get; init; }
        public required TestUser AcmeAdministrator { get; init; }
        public required TestUser AcmeMember { get; init; }
        public required TestUser RestrictedMember { get; init; }
        public required TestUser TicketsOnlyMember { get; init; }
        public required TestUser WithoutDevicesModerator { get; init; }
        public required TestUser DeactivatedMember { get; init; }
        public required TestUser BoltAdministrator { get; init; }
        public required TestUser BoltMember { get; init; }

        /// <summary>Everyone asked about; the staff who seeded the records are there too, but not asked.</summary>
        public IReadOnlyList<TestUser> People =>
        [
            StaffAdministrator, AcmeOnlyStaff, MunichStaff, AcmeAdministrator, AcmeMember, RestrictedMember, TicketsOnlyMember,
            WithoutDevicesModerator, DeactivatedMember, BoltAdministrator, BoltMember,
        ];

        public required IReadOnlyList<Item> Items { get; init; }

        public static async Task<Cast> CreateAsync(AssetsApp app)
        {
            var world = await World.CreateAsync(app);
            var munich = Guid.NewGuid();
            await app.PublishAsync(new DepartmentCreated(munich, world.ProviderId, "Munich " + munich.ToString("N")[..6]));
            var acme = await world.CustomerAsync("Acme");
            var bolt = await world.CustomerAsync("Bolt", munich);
            var acmeSeeded = await world.SeedAsync(acme);
            var boltSeeded = await world.SeedAsync(bolt);
            var staff = world.Administrator();
            var second = await app.CreateAsync(staff, "/api/assets/objects", new { customerId = acme.Id, name = "Branch office" });
            var pump = await app.CreateAsync(staff, "/api/assets/devices", new { objectId = second.Id(), name = "Pump" });
            var pumpTicket = await app.CreateAsync(staff, "/api/assets/tickets", new { deviceId = pump.Id(), title = "Noisy", priority = "normal" });
            var pumpSession = await app.CreateAsync(staff, "/api/assets/video-sessions", new { deviceId = pump.Id(), scheduledAt = DateTimeOffset.UtcNow.AddDays(2) });

            var cast = new Cast
            {
                Acme = acme,
                Bolt = bolt,
                SecondObjectId = second.Id(),
                StaffAdministrator = staff,
                AcmeOnlyStaff = world.Administrator(),
                MunichStaff = world.Administrator() with { Role = "department-administrator" },
                AcmeAdministrator = acme.Administrator(),
                AcmeMember = acme.Member(),
                RestrictedMember = acme.Member(),
                TicketsOnlyMember = acme.Member(),
                WithoutDevicesModerator = acme.Moderator(),
                DeactivatedMember = acme.Member(),
                BoltAdministrator = bolt.Administrator(),
                BoltMember = bolt.Member(),
                Items =
                [
                    .. Of(acmeSeeded), .. Of(boltSeeded),
                    new("objects", "object", second.Id(), acme.Id, second.Id()),
                    new("devices", "device", pump.Id(), acme.Id, second.Id()),
                    new("tickets", "ticket", pumpTicket.Id(), acme.Id, second.Id()),
                    new("video-sessions", "video-session", pumpSession.Id(), acme.Id, second.Id()),
                ],
            };

            await world.ScopeAsync(cast.StaffAdministrator, email: "boss@provider.test");
            await world.ScopeAsync(cast.AcmeOnlyStaff, allCustomers: false, customerIds: [acme.Id]);
            await world.ScopeAsync(cast.MunichStaff, departmentIds: [munich]);
            await world.ScopeAsync(cast.AcmeAdministrator);
            await world.ScopeAsync(cast.AcmeMember);
            await world.ScopeAsync(cast.RestrictedMember, objectIds: [second.Id()], firstName: "Rita", email: "rita@acme.test");
            await world.ScopeAsync(cast.TicketsOnlyMember, portalAreas: [PortalAreas.Tickets]);
            await world.ScopeAsync(cast.WithoutDevicesModerator, permissions: [.. Roles.CustomerModerator.Where(p => p != Permissions.DevicesRead)]);
            await world.ScopeAsync(cast.DeactivatedMember, active: false);
            await world.ScopeAsync(cast.BoltAdministrator);
            await world.ScopeAsync(cast.BoltMember);
            return cast;
        }

        private static Item[] Of(Seeded seeded) =>
        [
            new("objects", "object", seeded.ObjectId, seeded.Customer.Id, seeded.ObjectId),
            new("devices", "device", seeded.DeviceId, seeded.Customer.Id, seeded.ObjectId),
            new("tickets", "ticket", seeded.TicketId, seeded.Customer.Id, seeded.ObjectId),
            new("video-sessions", "video-session", seeded.VideoSessionId, seeded.Customer.Id, seeded.ObjectId),
        ];
    }
}
