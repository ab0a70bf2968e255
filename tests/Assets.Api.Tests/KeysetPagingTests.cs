using System.Text.Json;
using Assets.Api.Tests.Infrastructure;

namespace Assets.Api.Tests;

/// <summary>
/// The ticket list's keyset paging: following each page's <c>next</c> as <c>after</c> walks the same tickets in the
/// same order as page numbers do, in every sort, with ties in the sort key and in the creation time.
/// </summary>
[Collection(AssetsCollection.Name)]
public sealed class KeysetPagingTests(AssetsApp app)
{
    private const int PageSize = 7;

    [Theory]
    [InlineData("")]
    [InlineData("createdAt")]
    [InlineData("-priority")]
    [InlineData("priority")]
    [InlineData("status")]
    [InlineData("-status")]
    [InlineData("title")]
    [InlineData("-title")]
    [InlineData("-updatedAt")]
    public async Task FollowingNextWalksTheListAsPageNumbersDo(string sort)
    {
        var world = await World.CreateAsync(app);
        var customer = await world.CustomerAsync("Paged");
        var seeded = await world.SeedAsync(customer);
        // 40 more, three at a time created in the same microsecond, titles and priorities repeating.
        await app.Database.ExecuteAsync("""
            INSERT INTO tickets (id, provider_id, customer_id, object_id, device_id, title, description, priority, status, created_by, created_at, updated_at)
            SELECT gen_random_uuid(), t.provider_id, t.customer_id, t.object_id, t.device_id, 'Pump ' || (n % 5), '',
                   (ARRAY['low','normal','high','urgent'])[1 + n % 4], (ARRAY['open','in_progress'])[1 + n % 2], t.created_by,
                   now() - (n / 3) * interval '1 minute', now() - (n % 6) * interval '1 hour'
            FROM tickets t, generate_series(1, 40) AS n WHERE t.id = $1
            """, seeded.TicketId);
        var other = await world.SeedAsync(await world.CustomerAsync("Elsewhere"));
        var sortParameter = sort.Length == 0 ? "" : $"&sort={sort}";

        // The customer's user walks with the customer leading the compared row, staff (two customers) without it.
        var (memberByNumber, memberByCursor, memberPages) = await WalkBothWaysAsync(customer.Member(), sortParameter);
        var (staffByNumber, staffByCursor, _) = await WalkBothWaysAsync(world.Administrator(), sortParameter);

        Assert.Equal(41, memberByNumber.Count);
        Assert.Equal(memberByNumber, memberByCursor);
        Assert.Equal(6, memberPages);
        Assert.DoesNotContain(other.TicketId, memberByCursor);
        Assert.Equal(42, staffByNumber.Count);
        Assert.Equal(staffByNumber, staffByCursor);
        Assert.Contains(other.TicketId, staffByCursor);
    }

    private async Task<(List<Guid> ByNumber, List<Guid> ByCursor, int Pages)> WalkBothWaysAsync(TestUser user, string sortParameter)
    {
        var byNumber = new List<Guid>();
        for (var page = 1; page <= 7; page++)
        {
            byNumber.AddRange(await app.ListIdsAsync(user, $"/api/assets/tickets?pageSize={PageSize}&page={page}{sortParameter}"));
        }

        var byCursor = new List<Guid>();
        string? next = null;
        var pages = 0;
        do
        {
            var path = $"/api/assets/tickets?pageSize={PageSize}{sortParameter}" + (next is null ? "" : $"&after={next}");
            var answer = await app.GetAsync(user, path);
            byCursor.AddRange(answer.GetProperty("items").EnumerateArray().Select(i => i.Id()));
            next = answer.GetProperty("next").GetString();
            pages++;
        }
        while (next is not null && pages < 10);

        return (byNumber, byCursor, pages);
    }

    [Fact]
    public async Task ACursorOfAnotherSortOrNoCursorAtAllIsRefusedOnItsField()
    {
        var world = await World.CreateAsync(app);
        var customer = await world.CustomerAsync();
        var seeded = await world.SeedAsync(customer);
        await app.CreateAsync(world.Administrator(), "/api/assets/tickets", new { deviceId = seeded.DeviceId, title = "Second", priority = "low" });
        var member = customer.Member();
        var next = (await app.GetAsync(member, "/api/assets/tickets?pageSize=1&sort=title")).GetProperty("next").GetString();

        var otherSort = await app.ValidationErrorsAsync(member, HttpMethod.Get, $"/api/assets/tickets?pageSize=1&sort=-title&after={next}");
        var garbage = await app.ValidationErrorsAsync(member, HttpMethod.Get, "/api/assets/tickets?after=not-a-cursor!");
        var both = await app.ValidationErrorsAsync(member, HttpMethod.Get, $"/api/assets/tickets?pageSize=1&sort=title&page=2&after={next}");
        var followed = await app.GetAsync(member, $"/api/assets/tickets?pageSize=1&sort=title&after={next}");

        Assert.Equal(["after"], otherSort.Keys);
        Assert.Equal(["after"], garbage.Keys);
        Assert.Equal(["page"], both.Keys);
        Assert.Equal(["Second"], followed.GetProperty("items").EnumerateArray().Select(i => i.Text("title")));
        Assert.Equal(JsonValueKind.Null, followed.GetProperty("next").ValueKind);
    }
}
