using System.Net;
using Assets.Api.Tests.Infrastructure;
using Portal.Contracts.Security;

namespace Assets.Api.Tests;

/// <summary>
/// The isolation matrix: every route, called with customer A's ids by someone who must not see A
/// (member, moderator, administrator of customer B; provider staff without A among their accessible
/// accounts; staff of another provider) -> 404 (403 where they lack the permission anyway), nothing
/// in any list or on the dashboard, and nothing of A changed or published.
/// </summary>
[Collection(AssetsCollection.Name)]
public sealed class IsolationTests(AssetsApp app)
{
    public static TheoryData<string> Outsiders => ["member of B", "moderator of B", "administrator of B", "staff without A in scope", "staff of another provider"];

    [Theory]
    [MemberData(nameof(Outsiders))]
    public async Task AnOutsiderSeesNothingOfAnotherCustomerAndChangesNothing(string outsider)
    {
        var world = await World.CreateAsync(app);
        var a = await world.SeedAsync(await world.CustomerAsync("Acme"));
        var b = await world.SeedAsync(await world.CustomerAsync("Bolt"));
        var user = await OutsiderAsync(outsider, world, b.Customer);
        var before = await SnapshotAsync(world.Administrator(), a);

        foreach (var (method, path, body, permission) in Routes(a))
        {
            using var response = await app.SendAsync(user, method, path, body);
            var allowed = user.Permissions.Contains(permission) && (user.IsProviderStaff || !path.EndsWith("/archive", StringComparison.Ordinal) || !path.Contains("tickets", StringComparison.Ordinal));
            var expected = allowed ? [HttpStatusCode.NotFound] : new[] { HttpStatusCode.NotFound, HttpStatusCode.Forbidden };
            Assert.True(expected.Contains(response.StatusCode), $"{outsider}: {method} {path} answered {(int)response.StatusCode}");
        }

        foreach (var list in new[] { "objects", "devices", "tickets", "video-sessions" })
        {
            var items = await app.ListIdsAsync(user, $"/api/assets/{list}?pageSize=200");
            Assert.DoesNotContain(items, id => id == a.ObjectId || id == a.DeviceId || id == a.TicketId || id == a.VideoSessionId);
        }

        foreach (var list in new[] { "devices", "tickets", "video-sessions" })
        {
            Assert.Empty(await app.ListIdsAsync(user, $"/api/assets/{list}?objectId={a.ObjectId}"));
        }

        Assert.Empty(await app.ListIdsAsync(user, $"/api/assets/tickets?deviceId={a.DeviceId}"));
        Assert.Empty(await app.ListIdsAsync(user, $"/api/assets/devices?customerId={a.Customer.Id}"));
        var dashboard = await app.GetAsync(user, "/api/assets/dashboard");
        Assert.DoesNotContain(a.DeviceId.ToString(), dashboard.GetRawText(), StringComparison.Ordinal);
        Assert.DoesNotContain(a.Customer.Id.ToString(), dashboard.GetRawText(), StringComparison.Ordinal);
        // Only the outsider's own customer's seeded ticket counts.
        Assert.Equal(1, dashboard.GetProperty("openTickets").GetInt32());
        Assert.Equal(before, await SnapshotAsync(world.Administrator(), a));
    }

    private async Task<TestUser> OutsiderAsync(string outsider, World world, TestCustomer b)
    {
        switch (outsider)
        {
            case "member of B": return b.Member();
            case "moderator of B": return b.Moderator();
            case "administrator of B": return b.Administrator();
            case "staff without A in scope":
                var staff = world.Administrator();
                await world.ScopeAsync(staff, allCustomers: false, customerIds: [b.Id]);
                return staff;
            default:
                var other = await World.CreateAsync(app);
                await other.SeedAsync(await other.CustomerAsync("Other"));
                return other.Administrator();
        }
    }

    private static IEnumerable<(HttpMethod Method, string Path, object? Body, string Permission)> Routes(Seeded a)
    {
        var later = DateTimeOffset.UtcNow.AddDays(1);
        yield return (HttpMethod.Get, $"/api/assets/objects/{a.ObjectId}", null, Permissions.ObjectsRead);
        yield return (HttpMethod.Patch, $"/api/assets/objects/{a.ObjectId}", new { name = "Taken over" }, Permissions.ObjectsManage);
        yield return (HttpMethod.Post, $"/api/assets/objects/{a.ObjectId}/archive", null, Permissions.ObjectsManage);
        yield return (HttpMethod.Post, "/api/assets/objects", new { customerId = a.Customer.Id, name = "Planted" }, Permissions.ObjectsManage);
        yield return (HttpMethod.Get, $"/api/assets/devices/{a.DeviceId}", null, Permissions.DevicesRead);
        yield return (HttpMethod.Get, $"/api/assets/devices/{a.DeviceId}/code.svg", null, Permissions.DevicesRead);
        yield return (HttpMethod.Get, $"/api/assets/codes/{a.Code}", null, Permissions.DevicesRead);
        yield return (HttpMethod.Post, "/api/assets/devices", new { objectId = a.ObjectId, name = "Planted" }, Permissions.DevicesManage);
        yield return (HttpMethod.Patch, $"/api/assets/devices/{a.DeviceId}", new { status = "fault" }, Permissions.DevicesManage);
        yield return (HttpMethod.Post, $"/api/assets/devices/{a.DeviceId}/code", null, Permissions.DevicesManage);
        yield return (HttpMethod.Post, $"/api/assets/devices/{a.DeviceId}/archive", null, Permissions.DevicesManage);
        yield return (HttpMethod.Get, $"/api/assets/tickets/{a.TicketId}", null, Permissions.TicketsRead);
        yield return (HttpMethod.Get, $"/api/assets/tickets/{a.TicketId}/comments", null, Permissions.TicketsRead);
        yield return (HttpMethod.Get, $"/api/assets/tickets/{a.TicketId}/history", null, Permissions.TicketsRead);
        yield return (HttpMethod.Post, "/api/assets/tickets", new { deviceId = a.DeviceId, title = "Planted" }, Permissions.TicketsCreate);
        yield return (HttpMethod.Post, "/api/assets/tickets", new { objectId = a.ObjectId, title = "Planted" }, Permissions.TicketsCreate);
        yield return (HttpMethod.Patch, $"/api/assets/tickets/{a.TicketId}", new { title = "Taken over" }, Permissions.TicketsRead);
        yield return (HttpMethod.Patch, $"/api/assets/tickets/{a.TicketId}", new { status = "resolved" }, Permissions.TicketsRead);
        yield return (HttpMethod.Post, $"/api/assets/tickets/{a.TicketId}/comments", new { text = "Planted" }, Permissions.TicketsRead);
        yield return (HttpMethod.Post, $"/api/assets/tickets/{a.TicketId}/archive", null, Permissions.TicketsManage);
        yield return (HttpMethod.Get, $"/api/assets/video-sessions/{a.VideoSessionId}", null, Permissions.VideoSessionsRead);
        yield return (HttpMethod.Patch, $"/api/assets/video-sessions/{a.VideoSessionId}", new { status = "cancelled" }, Permissions.VideoSessionsManage);
        yield return (HttpMethod.Post, "/api/assets/video-sessions", new { ticketId = a.TicketId, scheduledAt = later }, Permissions.VideoSessionsManage);
        yield return (HttpMethod.Post, "/api/assets/video-sessions", new { deviceId = a.DeviceId, scheduledAt = later }, Permissions.VideoSessionsManage);
    }

    /// <summary>Everything of A as A's provider sees it, and how many events A's data has published.</summary>
    private async Task<string> SnapshotAsync(TestUser staff, Seeded a)
    {
        var parts = new List<string>
        {
            (await app.GetAsync(staff, $"/api/assets/objects/{a.ObjectId}")).GetRawText(),
            (await app.GetAsync(staff, $"/api/assets/devices/{a.DeviceId}")).GetRawText(),
            (await app.GetAsync(staff, $"/api/assets/tickets/{a.TicketId}")).GetRawText(),
            (await app.GetAsync(staff, $"/api/assets/tickets/{a.TicketId}/comments")).GetRawText(),
            (await app.GetAsync(staff, $"/api/assets/tickets/{a.TicketId}/history")).GetRawText(),
            (await app.GetAsync(staff, $"/api/assets/video-sessions?pageSize=200&objectId={a.ObjectId}")).GetRawText(),
            (await app.GetAsync(staff, $"/api/assets/objects?pageSize=200&text=")).GetRawText(),
            (await app.Database.ScalarAsync<long>("SELECT count(*) FROM outbox_messages WHERE body->>'customerId' = $1", a.Customer.Id.ToString())).ToString(System.Globalization.CultureInfo.InvariantCulture),
        };
        return string.Join('\n', parts);
    }
}
