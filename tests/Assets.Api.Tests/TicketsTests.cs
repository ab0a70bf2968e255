using System.Net;
using Assets.Api.Tests.Infrastructure;
using Portal.Contracts.Assets;

namespace Assets.Api.Tests;

[Collection(AssetsCollection.Name)]
public sealed class TicketsTests(AssetsApp app)
{
    [Fact]
    public async Task AMemberOpensATicketAboutADeviceAndItIsFiledAtTheDevicesObject()
    {
        var world = await World.CreateAsync(app);
        var seeded = await world.SeedAsync(await world.CustomerAsync());
        var member = seeded.Customer.Member();

        var ticket = await app.CreateAsync(member, "/api/assets/tickets", new { deviceId = seeded.DeviceId, title = "Noisy", description = "Rattles at night", priority = "low" });

        Assert.Equal((seeded.ObjectId, "open", "low", member.Id), (ticket.GetProperty("objectId").GetGuid(), ticket.Text("status"), ticket.Text("priority"), ticket.GetProperty("createdBy").GetGuid()));
        Assert.Contains(ticket.Id(), await app.ListIdsAsync(world.Administrator(), "/api/assets/tickets"));
        var created = Assert.Single(await app.Events.ReceivedAsync<TicketCreated>(e => e.TicketId == ticket.Id()));
        Assert.Equal((seeded.Customer.Id, seeded.ObjectId, (Guid?)seeded.DeviceId), (created.CustomerId, created.ObjectId, created.DeviceId));
    }

    [Fact]
    public async Task TheProviderWorksATicketThroughTheWholeWorkflowAndEveryChangeIsInTheHistory()
    {
        var world = await World.CreateAsync(app);
        var seeded = await world.SeedAsync(await world.CustomerAsync());
        var staff = world.Administrator();
        var path = $"/api/assets/tickets/{seeded.TicketId}";

        foreach (var status in new[] { "in_progress", "resolved", "closed", "open" })
        {
            Assert.Equal(status, (await app.PatchAsync(staff, path, new { status })).Text("status"));
        }

        await app.PatchAsync(staff, path, new { assigneeId = staff.Id, priority = "urgent" });
        var history = (await app.GetAsync(seeded.Customer.Member(), path + "/history")).EnumerateArray()
            .Select(e => $"{e.Text("change")}:{(e.GetProperty("to").ValueKind == System.Text.Json.JsonValueKind.Null ? "" : e.Text("to"))}").ToList();
        Assert.Equal(
            ["created:open", "comment:" + history[1].Split(':')[1], "status:in_progress", "status:resolved", "status:closed", "status:open", "priority:urgent", $"assignee:{staff.Id}"],
            history);
        var moves = await app.Events.ReceivedAsync<TicketStatusChanged>(e => e.TicketId == seeded.TicketId && e.Status == "open");
        Assert.Single(moves);
        Assert.Equal(4, app.Events.All<TicketStatusChanged>().Count(e => e.TicketId == seeded.TicketId));
    }

    [Fact]
    public async Task IllegalMovesAreRefusedWithAConflictAndChangeNothing()
    {
        var world = await World.CreateAsync(app);
        var seeded = await world.SeedAsync(await world.CustomerAsync());
        var staff = world.Administrator();
        var path = $"/api/assets/tickets/{seeded.TicketId}";

        await app.ExpectAsync(HttpStatusCode.Conflict, staff, HttpMethod.Patch, path, new { status = "closed" });
        await app.ExpectAsync(HttpStatusCode.Conflict, staff, HttpMethod.Patch, path, new { status = "open" });
        await app.PatchAsync(staff, path, new { status = "resolved" });
        await app.PatchAsync(staff, path, new { status = "closed" });
        await app.ExpectAsync(HttpStatusCode.Conflict, staff, HttpMethod.Patch, path, new { status = "in_progress" });

        Assert.Equal("closed", (await app.GetAsync(staff, path)).Text("status"));
    }

    [Fact]
    public async Task MembersCannotMoveTicketsButModeratorsAndAdministratorsResolveAndCloseFromTheirSide()
    {
        var world = await World.CreateAsync(app);
        var seeded = await world.SeedAsync(await world.CustomerAsync());
        var path = $"/api/assets/tickets/{seeded.TicketId}";

        await app.ExpectAsync(HttpStatusCode.Forbidden, seeded.Customer.Member(), HttpMethod.Patch, path, new { status = "resolved" });
        await app.ExpectAsync(HttpStatusCode.Forbidden, seeded.Customer.Moderator(), HttpMethod.Patch, path, new { status = "in_progress" });
        await app.ExpectAsync(HttpStatusCode.Forbidden, seeded.Customer.Administrator(), HttpMethod.Patch, path, new { assigneeId = Guid.NewGuid() });
        await app.PatchAsync(seeded.Customer.Moderator(), path, new { status = "resolved" });
        var closed = await app.PatchAsync(seeded.Customer.Administrator(), path, new { status = "closed" });

        Assert.Equal("closed", closed.Text("status"));
        Assert.NotEqual(System.Text.Json.JsonValueKind.Null, closed.GetProperty("closedAt").ValueKind);
    }

    [Fact]
    public async Task CommentsFromBothSidesAppearInOrderAndArePublished()
    {
        var world = await World.CreateAsync(app);
        var seeded = await world.SeedAsync(await world.CustomerAsync());
        var path = $"/api/assets/tickets/{seeded.TicketId}/comments";
        var member = seeded.Customer.Member();

        var comment = await app.CreateAsync(member, path, new { text = "Still leaking." });
        await app.CreateAsync(world.Administrator(), path, new { text = "Technician booked." });

        var comments = (await app.GetAsync(member, path)).EnumerateArray().Select(c => (c.Text("authorSide"), c.Text("text"))).ToList();
        Assert.Equal([("provider", "On our way."), ("customer", "Still leaking."), ("provider", "Technician booked.")], comments);
        var added = Assert.Single(await app.Events.ReceivedAsync<TicketCommentAdded>(e => e.CommentId == comment.Id()));
        Assert.Equal((seeded.Customer.Id, seeded.ObjectId, member.Id), (added.CustomerId, added.ObjectId, added.AuthorId));
        Assert.Equal(["text"], (await app.ValidationErrorsAsync(member, HttpMethod.Post, path, new { text = "  " })).Keys);
    }

    [Fact]
    public async Task TicketListsFilterByStatusPriorityObjectDeviceAndTextAndSortByUrgency()
    {
        var world = await World.CreateAsync(app);
        var seeded = await world.SeedAsync(await world.CustomerAsync());
        var member = seeded.Customer.Member();
        var onObject = await app.CreateAsync(member, "/api/assets/tickets", new { objectId = seeded.ObjectId, title = "Door stuck", description = "Front door", priority = "urgent" });
        var low = await app.CreateAsync(member, "/api/assets/tickets", new { deviceId = seeded.DeviceId, title = "Paint", description = "Scratched casing", priority = "low" });
        await app.PatchAsync(world.Administrator(), $"/api/assets/tickets/{low.Id()}", new { status = "in_progress" });

        Assert.Equal([onObject.Id(), seeded.TicketId, low.Id()], await app.ListIdsAsync(member, "/api/assets/tickets?sort=-priority"));
        Assert.Equal([low.Id(), onObject.Id(), seeded.TicketId], await app.ListIdsAsync(member, "/api/assets/tickets"));
        Assert.Equal([low.Id()], await app.ListIdsAsync(member, "/api/assets/tickets?status=in_progress"));
        Assert.Equal([onObject.Id()], await app.ListIdsAsync(member, "/api/assets/tickets?priority=urgent"));
        Assert.Equal([low.Id(), seeded.TicketId], await app.ListIdsAsync(member, $"/api/assets/tickets?deviceId={seeded.DeviceId}"));
        Assert.Equal(3, (await app.ListIdsAsync(member, $"/api/assets/tickets?objectId={seeded.ObjectId}")).Count);
        Assert.Equal([low.Id()], await app.ListIdsAsync(member, "/api/assets/tickets?text=casing"));
        var page = await app.GetAsync(member, "/api/assets/tickets?pageSize=1&page=2");
        Assert.Equal((3, 1), (page.GetProperty("total").GetInt32(), page.GetProperty("items").GetArrayLength()));
    }

    [Fact]
    public async Task BadTicketInputIsAnsweredWithAProblemNamingEachField()
    {
        var world = await World.CreateAsync(app);
        var seeded = await world.SeedAsync(await world.CustomerAsync());
        var member = seeded.Customer.Member();

        var create = await app.ValidationErrorsAsync(member, HttpMethod.Post, "/api/assets/tickets", new { title = "", priority = "asap" });
        var patch = await app.ValidationErrorsAsync(world.Administrator(), HttpMethod.Patch, $"/api/assets/tickets/{seeded.TicketId}", new { status = "done", priority = "asap", title = "" });
        var list = await app.ValidationErrorsAsync(member, HttpMethod.Get, "/api/assets/tickets?status=done&priority=asap&deviceId=1&objectId=2&sort=size");
        var unreadable = await app.ValidationErrorsAsync(member, HttpMethod.Post, "/api/assets/tickets", ApiCalls.Json(new { deviceId = "not-an-id", title = "x" }));

        Assert.Equal(["deviceId", "priority", "title"], create.Keys.Order());
        Assert.Equal(["priority", "status", "title"], patch.Keys.Order());
        Assert.Equal(["deviceId", "objectId", "priority", "sort", "status"], list.Keys.Order());
        Assert.Equal(["deviceId"], unreadable.Keys);
    }

    [Fact]
    public async Task OnlyTheProvidersStaffAreAssigned()
    {
        var world = await World.CreateAsync(app);
        var seeded = await world.SeedAsync(await world.CustomerAsync());
        var customerUser = seeded.Customer.Member();
        await world.ScopeAsync(customerUser);

        var errors = await app.ValidationErrorsAsync(world.Administrator(), HttpMethod.Patch, $"/api/assets/tickets/{seeded.TicketId}", new { assigneeId = customerUser.Id });
        var unknown = await app.ValidationErrorsAsync(world.Administrator(), HttpMethod.Patch, $"/api/assets/tickets/{seeded.TicketId}", new { assigneeId = Guid.NewGuid() });
        var otherProvidersStaff = (await World.CreateAsync(app)).Administrator();
        await world.ScopeAsync(otherProvidersStaff);
        var foreign = await app.ValidationErrorsAsync(world.Administrator(), HttpMethod.Patch, $"/api/assets/tickets/{seeded.TicketId}", new { assigneeId = otherProvidersStaff.Id });
        var colleague = world.Administrator();
        await world.ScopeAsync(colleague);
        var assigned = await app.PatchAsync(world.Administrator(), $"/api/assets/tickets/{seeded.TicketId}", new { assigneeId = colleague.Id });

        Assert.Equal(["assigneeId"], errors.Keys);
        // Another customer's user, another provider's staff and an id nobody has: one answer.
        Assert.Equal(errors["assigneeId"], unknown["assigneeId"]);
        Assert.Equal(errors["assigneeId"], foreign["assigneeId"]);
        Assert.Equal(colleague.Id, assigned.GetProperty("assigneeId").GetGuid());
        Assert.Equal([seeded.TicketId], await app.ListIdsAsync(colleague, $"/api/assets/tickets?assigneeId={colleague.Id}"));
    }

    [Fact]
    public async Task OnlyClosedTicketsAreArchivedAndThenLeaveTheList()
    {
        var world = await World.CreateAsync(app);
        var seeded = await world.SeedAsync(await world.CustomerAsync());
        var staff = world.Administrator();
        var path = $"/api/assets/tickets/{seeded.TicketId}";

        await app.ExpectAsync(HttpStatusCode.Conflict, staff, HttpMethod.Post, path + "/archive");
        await app.ExpectAsync(HttpStatusCode.Forbidden, seeded.Customer.Administrator(), HttpMethod.Post, path + "/archive");
        await app.PatchAsync(staff, path, new { status = "resolved" });
        await app.PatchAsync(staff, path, new { status = "closed" });
        await app.ExpectAsync(HttpStatusCode.OK, staff, HttpMethod.Post, path + "/archive");

        Assert.DoesNotContain(seeded.TicketId, await app.ListIdsAsync(seeded.Customer.Member(), "/api/assets/tickets"));
        Assert.Contains(seeded.TicketId, await app.ListIdsAsync(seeded.Customer.Member(), "/api/assets/tickets?archived=true"));
    }
}
