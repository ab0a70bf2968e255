using System.Net;
using Assets.Api.Tests.Infrastructure;
using Portal.Contracts.Assets;
using Portal.Contracts.Security;

namespace Assets.Api.Tests;

[Collection(AssetsCollection.Name)]
public sealed class VideoSessionsAndTemplatesTests(AssetsApp app)
{
    [Fact]
    public async Task AVideoSessionScheduledForATicketIsSeenByTheCustomerAndPublishedOnce()
    {
        var world = await World.CreateAsync(app);
        var seeded = await world.SeedAsync(await world.CustomerAsync());
        var moderator = seeded.Customer.Moderator();
        var at = DateTimeOffset.UtcNow.AddDays(2);
        var engineer = world.Administrator();
        await world.ScopeAsync(engineer);

        var session = await app.CreateAsync(moderator, "/api/assets/video-sessions", new { ticketId = seeded.TicketId, scheduledAt = at, endsAt = at.AddHours(1), participantIds = new[] { engineer.Id } });

        Assert.Equal((seeded.DeviceId, seeded.ObjectId, "scheduled"), (session.GetProperty("deviceId").GetGuid(), session.GetProperty("objectId").GetGuid(), session.Text("status")));
        Assert.Equal(2, session.GetProperty("participantIds").GetArrayLength());
        Assert.Contains(session.Id(), await app.ListIdsAsync(seeded.Customer.Member(), $"/api/assets/video-sessions?ticketId={seeded.TicketId}"));
        var scheduled = Assert.Single(await app.Events.ReceivedAsync<VideoSessionScheduled>(e => e.VideoSessionId == session.Id()));
        Assert.Equal((seeded.Customer.Id, seeded.ObjectId, (Guid?)seeded.DeviceId, (Guid?)seeded.TicketId), (scheduled.CustomerId, scheduled.ObjectId, scheduled.DeviceId, scheduled.TicketId));
        await app.ExpectAsync(HttpStatusCode.Forbidden, seeded.Customer.Member(), HttpMethod.Post, "/api/assets/video-sessions", new { deviceId = seeded.DeviceId, scheduledAt = at });
    }

    [Fact]
    public async Task VideoSessionsGoLiveAndEndButNeverBack()
    {
        var world = await World.CreateAsync(app);
        var seeded = await world.SeedAsync(await world.CustomerAsync());
        var staff = world.Administrator();
        var path = $"/api/assets/video-sessions/{seeded.VideoSessionId}";

        var live = await app.PatchAsync(staff, path, new { status = "live" });
        var ended = await app.PatchAsync(staff, path, new { status = "ended" });
        await app.ExpectAsync(HttpStatusCode.Conflict, staff, HttpMethod.Patch, path, new { status = "live" });
        await app.ExpectAsync(HttpStatusCode.Conflict, staff, HttpMethod.Patch, path, new { scheduledAt = DateTimeOffset.UtcNow.AddDays(3) });

        Assert.NotEqual(System.Text.Json.JsonValueKind.Null, live.GetProperty("startedAt").ValueKind);
        Assert.Equal("ended", ended.Text("status"));
        Assert.Equal("ended", (await app.GetAsync(seeded.Customer.Member(), path)).Text("status"));
    }

    [Fact]
    public async Task BadVideoSessionInputIsAnsweredWithAProblemNamingEachField()
    {
        var world = await World.CreateAsync(app);
        var seeded = await world.SeedAsync(await world.CustomerAsync());
        var staff = world.Administrator();
        var at = DateTimeOffset.UtcNow.AddDays(1);

        var missing = await app.ValidationErrorsAsync(staff, HttpMethod.Post, "/api/assets/video-sessions", new { title = new string('t', 300) });
        var times = await app.ValidationErrorsAsync(staff, HttpMethod.Post, "/api/assets/video-sessions", new { deviceId = seeded.DeviceId, scheduledAt = at, endsAt = at.AddHours(-1) });
        var past = await app.ValidationErrorsAsync(staff, HttpMethod.Post, "/api/assets/video-sessions", new { deviceId = seeded.DeviceId, scheduledAt = at.AddDays(-3) });
        var status = await app.ValidationErrorsAsync(staff, HttpMethod.Patch, $"/api/assets/video-sessions/{seeded.VideoSessionId}", new { status = "paused" });

        Assert.Equal(["scheduledAt", "ticketId", "title"], missing.Keys.Order());
        Assert.Equal(["endsAt"], times.Keys);
        Assert.Equal(["scheduledAt"], past.Keys);
        Assert.Equal(["status"], status.Keys);
    }

    [Fact]
    public async Task OnlyTheCustomersPeopleAndTheProvidersStaffTakePartAndAForeignIdReadsLikeAnUnknownOne()
    {
        var world = await World.CreateAsync(app);
        var seeded = await world.SeedAsync(await world.CustomerAsync("Acme"));
        var stranger = (await world.CustomerAsync("Bolt")).Member();
        var colleague = seeded.Customer.Member();
        var staff = world.Administrator();
        var moderator = seeded.Customer.Moderator();
        foreach (var person in new[] { stranger, colleague, staff })
        {
            await world.ScopeAsync(person);
        }

        var made = Guid.NewGuid();
        var at = DateTimeOffset.UtcNow.AddDays(2);
        var path = $"/api/assets/video-sessions/{seeded.VideoSessionId}";
        var agreed = await app.PatchAsync(moderator, path, new { participantIds = new[] { colleague.Id, staff.Id } });

        var foreign = await app.ValidationErrorsAsync(moderator, HttpMethod.Post, "/api/assets/video-sessions", new { ticketId = seeded.TicketId, scheduledAt = at, participantIds = new[] { stranger.Id } });
        var unknown = await app.ValidationErrorsAsync(moderator, HttpMethod.Post, "/api/assets/video-sessions", new { ticketId = seeded.TicketId, scheduledAt = at, participantIds = new[] { made } });
        var foreignOnChange = await app.ValidationErrorsAsync(moderator, HttpMethod.Patch, path, new { participantIds = new[] { colleague.Id, stranger.Id } });
        var tooMany = await app.ValidationErrorsAsync(staff, HttpMethod.Patch, path, new { participantIds = Enumerable.Range(0, 51).Select(_ => Guid.NewGuid()) });

        Assert.Equal([colleague.Id, staff.Id], agreed.GetProperty("participantIds").EnumerateArray().Select(p => p.GetGuid()));
        Assert.Equal(
            foreign["participantIds"].Single().Replace(stranger.Id.ToString(), "ID", StringComparison.Ordinal),
            unknown["participantIds"].Single().Replace(made.ToString(), "ID", StringComparison.Ordinal));
        Assert.Contains(stranger.Id.ToString(), Assert.Single(foreignOnChange["participantIds"]), StringComparison.Ordinal);
        Assert.Equal("At most 50 participants.", Assert.Single(tooMany["participantIds"]));
        Assert.Equal([colleague.Id, staff.Id], (await app.GetAsync(moderator, path)).GetProperty("participantIds").EnumerateArray().Select(p => p.GetGuid()));
        Assert.Empty(await app.ListIdsAsync(stranger, "/api/assets/video-sessions"));
    }

    [Fact]
    public async Task AMovedSessionStillEndsAfterItStarts()
    {
        var world = await World.CreateAsync(app);
        var seeded = await world.SeedAsync(await world.CustomerAsync());
        var staff = world.Administrator();
        var path = $"/api/assets/video-sessions/{seeded.VideoSessionId}";
        var start = DateTimeOffset.UtcNow.AddDays(3);
        await app.PatchAsync(staff, path, new { scheduledAt = start, endsAt = start.AddHours(1) });

        var endBeforeStart = await app.ValidationErrorsAsync(staff, HttpMethod.Patch, path, new { endsAt = start.AddHours(-1) });
        var startAfterEnd = await app.ValidationErrorsAsync(staff, HttpMethod.Patch, path, new { scheduledAt = start.AddHours(2) });
        var bothMoved = await app.PatchAsync(staff, path, new { scheduledAt = start.AddHours(2), endsAt = start.AddHours(3) });

        Assert.Equal(["endsAt"], endBeforeStart.Keys);
        Assert.Equal(["scheduledAt"], startAfterEnd.Keys);
        Assert.Equal(start.AddHours(3).ToUniversalTime(), bothMoved.GetProperty("endsAt").GetDateTimeOffset(), TimeSpan.FromMilliseconds(1));
    }

    [Fact]
    public async Task TemplatesAreTheProvidersOwnAndEveryCustomerUserGetsForbidden()
    {
        var world = await World.CreateAsync(app);
        var customer = await world.CustomerAsync();
        var editor = world.Staff(Permissions.TemplatesManage);
        var reader = world.Staff(Permissions.TicketsRead);

        var template = await app.CreateAsync(editor, "/api/assets/templates", new { name = "Annual service", kind = "checklist", items = new[] { "Check pressure", "Replace filter" } });
        await app.ExpectAsync(HttpStatusCode.OK, editor, HttpMethod.Put, $"/api/assets/templates/{template.Id()}", new { name = "Annual service", kind = "ticket", title = "Service due", priority = "normal" });

        var listed = (await app.GetAsync(reader, "/api/assets/templates")).EnumerateArray().Select(t => (t.Id(), t.Text("kind"))).ToList();
        Assert.Equal([(template.Id(), "ticket")], listed);
        await app.ExpectAsync(HttpStatusCode.Forbidden, reader, HttpMethod.Post, "/api/assets/templates", new { name = "Mine", kind = "ticket" });
        foreach (var user in new[] { customer.Member(), customer.Moderator(), customer.Administrator() })
        {
            await app.ExpectAsync(HttpStatusCode.Forbidden, user, HttpMethod.Get, "/api/assets/templates");
            await app.ExpectAsync(HttpStatusCode.Forbidden, user, HttpMethod.Get, $"/api/assets/templates/{template.Id()}");
            await app.ExpectAsync(HttpStatusCode.Forbidden, user, HttpMethod.Post, "/api/assets/templates", new { name = "Mine", kind = "ticket" });
        }

        var otherProvider = await World.CreateAsync(app);
        await app.ExpectAsync(HttpStatusCode.NotFound, otherProvider.Administrator(), HttpMethod.Get, $"/api/assets/templates/{template.Id()}");
        Assert.Empty((await app.GetAsync(otherProvider.Administrator(), "/api/assets/templates")).EnumerateArray());
        var errors = await app.ValidationErrorsAsync(editor, HttpMethod.Post, "/api/assets/templates", new { name = "", kind = "checklist", priority = "asap" });
        Assert.Equal(["items", "name", "priority"], errors.Keys.Order());
    }

    [Fact]
    public async Task StaffOpenTicketsFromATemplateWhichCustomersCannotUse()
    {
        var world = await World.CreateAsync(app);
        var seeded = await world.SeedAsync(await world.CustomerAsync());
        var template = await app.CreateAsync(world.Staff(Permissions.TemplatesManage), "/api/assets/templates",
            new { name = "Annual service", kind = "ticket", title = "Annual service due", description = "Check and clean.", priority = "low" });

        var ticket = await app.CreateAsync(world.Administrator(), "/api/assets/tickets", new { deviceId = seeded.DeviceId, templateId = template.Id() });

        Assert.Equal(("Annual service due", "Check and clean.", "low"), (ticket.Text("title"), ticket.Text("description"), ticket.Text("priority")));
        await app.ExpectAsync(HttpStatusCode.NotFound, seeded.Customer.Moderator(), HttpMethod.Post, "/api/assets/tickets", new { deviceId = seeded.DeviceId, templateId = template.Id() });
    }
}
