using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Identity.Api.Tests.Infrastructure;

namespace Identity.Api.Tests;

/// <summary>
/// The audit log (GET /api/identity/audit): what lands in it, newest first, filters and paging, and
/// who may read whose entries.
/// </summary>
[Collection(IdentityCollection.Name)]
public sealed class AuditLogTests(IdentityFixture fixture)
{
    // What these tests record; sign-ins and other entries of the same organization are left out.
    private static readonly HashSet<string> Recorded =
    [
        "invitation.created", "invitation.resent", "invitation.deleted", "invitation.accepted",
        "user.created", "user.role-changed", "user.scope-changed",
    ];

    [Fact]
    public async Task InvitationsUserCreationAndRoleAndScopeChangesAreRecordedWithActorAndSubject()
    {
        var customerId = await fixture.CreateCustomerAsync();
        var customerAdmin = await fixture.CustomerUserAsync(customerId, "administrator");
        var staff = await fixture.AdministratorTokenAsync();
        var invitationId = (await fixture.InviteAsync(customerId, "member")).GetProperty("id").GetGuid();
        var invitedUser = await UserOfInvitationAsync(invitationId);
        using var resent = await fixture.SendAsync(staff, HttpMethod.Post, $"/api/identity/invitations/{invitationId}/resend");
        using var deleted = await fixture.SendAsync(staff, HttpMethod.Delete, $"/api/identity/invitations/{invitationId}");
        using var created = await fixture.SendAsync(customerAdmin.AccessToken, HttpMethod.Post, $"/api/identity/organizations/{customerId}/users",
            new { firstName = "Emma", lastName = "Employee", email = Actors.UniqueEmail(), language = "en", role = "member", sendInvitation = false });
        var employeeId = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        using var promoted = await fixture.SendAsync(customerAdmin.AccessToken, HttpMethod.Patch, $"/api/identity/users/{employeeId}",
            new { role = "moderator", portalAreas = new[] { "dashboard", "tickets" } });

        var log = await AuditQueries.ReadAsync(fixture, customerAdmin.AccessToken, "pageSize=200");

        Assert.Equal(HttpStatusCode.OK, resent.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        Assert.Equal(HttpStatusCode.OK, promoted.StatusCode);
        var actions = AuditQueries.Actions(log, Recorded);
        // One PATCH changed role and scope: two entries of the same moment, in either order.
        Assert.Equal(["user.role-changed", "user.scope-changed"], actions.Take(2).Order());
        Assert.Equal(
            ["user.created", "invitation.deleted", "invitation.resent", "invitation.created", "invitation.accepted", "invitation.created"],
            actions.Skip(2));
        var roleChange = AuditQueries.Single(log, "user.role-changed");
        Assert.Equal(customerAdmin.UserId, roleChange.GetProperty("actor").GetProperty("id").GetGuid());
        Assert.Equal("Erika Muster", roleChange.GetProperty("actor").GetProperty("name").GetString());
        Assert.Equal(employeeId, roleChange.GetProperty("subject").GetProperty("id").GetGuid());
        Assert.Equal("Emma Employee", roleChange.GetProperty("subject").GetProperty("name").GetString());
        // The customer's administrator reads German (AuditDetailsLanguageTests reads both languages).
        Assert.Equal("Rolle Mitglied -> Moderator", roleChange.GetProperty("details").GetString());
        Assert.StartsWith("Portalbereiche: [", AuditQueries.Single(log, "user.scope-changed").GetProperty("details").GetString());
        // The deleted invitee keeps their id in the log, but no longer a name.
        var deletion = AuditQueries.Single(log, "invitation.deleted");
        Assert.Equal(invitedUser, deletion.GetProperty("subject").GetProperty("id").GetGuid());
        Assert.Equal(JsonValueKind.Null, deletion.GetProperty("subject").GetProperty("name").ValueKind);
        Assert.Equal(IdentityFixture.AdminEmail, await EmailOfAsync(deletion.GetProperty("actor").GetProperty("id").GetGuid()));
        Assert.All(log.GetProperty("items").EnumerateArray(), e => Assert.Equal(customerId, e.GetProperty("organizationId").GetGuid()));
    }

    [Fact]
    public async Task FiltersNarrowAndPagesSplitTheLogNewestFirstWithTheTotalCount()
    {
        var customerId = await fixture.CreateCustomerAsync();
        var admin = await fixture.CustomerUserAsync(customerId, "administrator");
        var employees = new List<Guid>();
        for (var i = 0; i < 5; i++)
        {
            using var created = await fixture.SendAsync(admin.AccessToken, HttpMethod.Post, $"/api/identity/organizations/{customerId}/users",
                new { firstName = "Emma", lastName = $"Employee{i}", email = Actors.UniqueEmail(), language = "en", role = "member", sendInvitation = false });
            employees.Add((await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid());
        }

        const string userCreated = "action=user.created";
        var all = await AuditQueries.ReadAsync(fixture, admin.AccessToken, userCreated);
        var pages = new[]
        {
            await AuditQueries.ReadAsync(fixture, admin.AccessToken, userCreated + "&page=1&pageSize=2"),
            await AuditQueries.ReadAsync(fixture, admin.AccessToken, userCreated + "&page=2&pageSize=2"),
            await AuditQueries.ReadAsync(fixture, admin.AccessToken, userCreated + "&page=3&pageSize=2"),
        };
        var aboutSecond = await AuditQueries.ReadAsync(fixture, admin.AccessToken, $"userId={employees[1]}");
        var times = all.GetProperty("items").EnumerateArray().Select(e => e.GetProperty("occurredAt").GetDateTimeOffset()).ToList();
        var since = await AuditQueries.ReadAsync(fixture, admin.AccessToken, userCreated + "&from=" + Uri.EscapeDataString(times[2].ToString("O")));
        var until = await AuditQueries.ReadAsync(fixture, admin.AccessToken, userCreated + "&to=" + Uri.EscapeDataString(times[2].ToString("O")));
        var accepted = await AuditQueries.ReadAsync(fixture, admin.AccessToken, "action=invitation.accepted");

        Assert.Equal(5, all.GetProperty("totalCount").GetInt32());
        Assert.All(all.GetProperty("items").EnumerateArray(), e => Assert.Equal("user.created", e.GetProperty("action").GetString()));
        // Newest first: the last employee created comes first.
        Assert.Equal(employees.AsEnumerable().Reverse(), all.GetProperty("items").EnumerateArray().Select(e => e.GetProperty("subject").GetProperty("id").GetGuid()));
        Assert.Equal(times.OrderDescending(), times);
        Assert.All(pages, p => Assert.Equal(5, p.GetProperty("totalCount").GetInt32()));
        Assert.Equal([2, 2, 1], pages.Select(p => p.GetProperty("items").GetArrayLength()));
        Assert.Equal(AuditQueries.Ids(all), pages.SelectMany(AuditQueries.Ids));
        Assert.Equal(1, aboutSecond.GetProperty("totalCount").GetInt32());
        Assert.Equal(employees[1], AuditQueries.Single(aboutSecond, "user.created").GetProperty("subject").GetProperty("id").GetGuid());
        Assert.Equal(AuditQueries.Ids(all).Take(3), AuditQueries.Ids(since));
        Assert.Equal(AuditQueries.Ids(all).Skip(2), AuditQueries.Ids(until));
        Assert.Equal(admin.UserId, AuditQueries.Single(accepted, "invitation.accepted").GetProperty("subject").GetProperty("id").GetGuid());
    }

    [Fact]
    public async Task ACustomerAdministratorReadsOnlyTheirOwnOrganizationsLog()
    {
        var ownCustomer = await fixture.CreateCustomerAsync();
        var otherCustomer = await fixture.CreateCustomerAsync();
        var admin = await fixture.CustomerUserAsync(ownCustomer, "administrator");
        var otherAdmin = await fixture.CustomerUserAsync(otherCustomer, "administrator");

        var own = await AuditQueries.ReadAsync(fixture, admin.AccessToken, "pageSize=200");
        var aboutOther = await AuditQueries.ReadAsync(fixture, admin.AccessToken, $"userId={otherAdmin.UserId}");
        using var member = await fixture.SendAsync((await fixture.CustomerUserAsync(ownCustomer, "member")).AccessToken, HttpMethod.Get, "/api/identity/audit");

        Assert.All(own.GetProperty("items").EnumerateArray(), e => Assert.Equal(ownCustomer, e.GetProperty("organizationId").GetGuid()));
        Assert.DoesNotContain(otherAdmin.UserId, AuditQueries.People(own));
        Assert.Equal(0, aboutOther.GetProperty("totalCount").GetInt32());
        Assert.Empty(aboutOther.GetProperty("items").EnumerateArray());
        Assert.Equal(HttpStatusCode.Forbidden, member.StatusCode);
        Assert.Equal("application/problem+json", member.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task ProviderStaffReadTheLogsOfTheirAccessibleAccountsOnlyAndNeedAuditRead()
    {
        var accessible = await fixture.CreateCustomerAsync();
        var notAccessible = await fixture.CreateCustomerAsync();
        var inAccessible = await fixture.CustomerUserAsync(accessible, "member");
        var inOther = await fixture.CustomerUserAsync(notAccessible, "member");
        var limitedAdmin = await fixture.StaffAsync("administrator", new { accessibleAccounts = new { all = false, customerIds = new[] { accessible } } });
        var contentCreator = await fixture.StaffAsync("content-creator");

        var seen = await AuditQueries.ReadAsync(fixture, limitedAdmin.AccessToken, $"userId={inAccessible.UserId}");
        var hidden = await AuditQueries.ReadAsync(fixture, limitedAdmin.AccessToken, $"userId={inOther.UserId}");
        var everything = await AuditQueries.ReadAsync(fixture, await fixture.AdministratorTokenAsync(), $"userId={inOther.UserId}");
        using var refused = await fixture.SendAsync(contentCreator.AccessToken, HttpMethod.Get, "/api/identity/audit");

        Assert.Equal(["invitation.accepted", "invitation.created"], AuditQueries.Actions(seen, Invitations));
        Assert.Equal(0, hidden.GetProperty("totalCount").GetInt32());
        Assert.Equal(["invitation.accepted", "invitation.created"], AuditQueries.Actions(everything, Invitations));
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
    }

    [Fact]
    public async Task BadQueryParametersAreNamedInA400()
    {
        var token = await fixture.AdministratorTokenAsync();

        using var response = await fixture.SendAsync(token, HttpMethod.Get,
            "/api/identity/audit?userId=nobody&action=user.exploded&from=yesterday&page=0&pageSize=100000");
        using var reversed = await fixture.SendAsync(token, HttpMethod.Get,
            "/api/identity/audit?from=2026-02-01T00:00:00Z&to=2026-01-01T00:00:00Z");
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(["action", "from", "page", "pageSize", "userId"], errors.EnumerateObject().Select(e => e.Name).Order());
        Assert.Equal(HttpStatusCode.BadRequest, reversed.StatusCode);
        Assert.True((await reversed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("to", out _));
    }

    private static readonly HashSet<string> Invitations = ["invitation.created", "invitation.accepted"];

    private async Task<Guid> UserOfInvitationAsync(Guid invitationId) =>
        (await fixture.IdentityDb.ScalarAsync<Guid>("SELECT user_id FROM invitations WHERE id = $1", invitationId));

    private async Task<string?> EmailOfAsync(Guid userId) =>
        await fixture.IdentityDb.ScalarAsync<string>("SELECT email FROM users WHERE id = $1", userId);
}

/// <summary>Reading the audit log in tests.</summary>
internal static class AuditQueries
{
    public static async Task<JsonElement> ReadAsync(IdentityFixture fixture, string accessToken, string query)
    {
        using var response = await fixture.SendAsync(accessToken, HttpMethod.Get, "/api/identity/audit?" + query);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(response.StatusCode == HttpStatusCode.OK, body.ToString());
        return body;
    }

    /// <summary>The CSV export of <paramref name="query"/> (an OK answer) and its text without the byte order mark.</summary>
    public static async Task<(HttpResponseMessage Response, string Text)> ExportAsync(IdentityFixture fixture, string accessToken, string query)
    {
        var response = await fixture.SendAsync(accessToken, HttpMethod.Get, "/api/identity/audit/export?" + query);
        var text = Encoding.UTF8.GetString(await response.Content.ReadAsByteArrayAsync()).TrimStart('\uFEFF');
        Assert.True(response.StatusCode == HttpStatusCode.OK, text);
        return (response, text);
    }

    /// <summary>A CSV file's lines, without line ends and empty lines.</summary>
    public static List<string> Lines(string text) => [.. text.Split('\n').Select(l => l.TrimEnd('\r')).Where(l => l.Length > 0)];

    /// <summary>A member created by the customer's administrator (user.created), then made a moderator (user.role-changed); their id.</summary>
    public static async Task<Guid> MemberMadeModeratorAsync(IdentityFixture fixture, Actor admin, Guid customerId, string firstName, string lastName)
    {
        using var created = await fixture.SendAsync(admin.AccessToken, HttpMethod.Post, $"/api/identity/organizations/{customerId}/users",
            new { firstName, lastName, email = Actors.UniqueEmail(), language = "en", role = "member", sendInvitation = false });
        Assert.True(created.StatusCode == HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        using var promoted = await fixture.SendAsync(admin.AccessToken, HttpMethod.Patch, $"/api/identity/users/{id}", new { role = "moderator" });
        Assert.True(promoted.StatusCode == HttpStatusCode.OK, await promoted.Content.ReadAsStringAsync());
        return id;
    }

    public static List<string> Actions(JsonElement page, IReadOnlySet<string>? only = null) =>
        [.. page.GetProperty("items").EnumerateArray().Select(e => e.GetProperty("action").GetString()!).Where(a => only?.Contains(a) ?? true)];

    public static List<string> Details(JsonElement page) =>
        [.. page.GetProperty("items").EnumerateArray().Select(e => e.GetProperty("details").GetString()!)];

    public static List<Guid> Ids(JsonElement page) =>
        [.. page.GetProperty("items").EnumerateArray().Select(e => e.GetProperty("id").GetGuid())];

    public static JsonElement Single(JsonElement page, string action) =>
        Assert.Single(page.GetProperty("items").EnumerateArray(), e => e.GetProperty("action").GetString() == action);

    /// <summary>Everyone an entry names: actor, subject, impersonator.</summary>
    public static List<Guid> People(JsonElement page) =>
        [.. page.GetProperty("items").EnumerateArray()
            .SelectMany(e => new[] { "actor", "subject", "impersonator" }.Select(p => e.GetProperty(p)))
            .Where(p => p.ValueKind == JsonValueKind.Object)
            .Select(p => p.GetProperty("id").GetGuid())];
}
