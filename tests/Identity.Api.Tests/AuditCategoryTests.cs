using System.Net;
using System.Net.Http.Json;
using System.Reflection;
using System.Text.Json;
using Identity.Api.Application;
using Identity.Api.Model;
using Identity.Api.Tests.Infrastructure;

namespace Identity.Api.Tests;

/// <summary>
/// The audit log's categories (<c>?category=</c>): every action in exactly one, each filter returning its own
/// entries only; and the person filter, by part of a name or an e-mail address.
/// </summary>
[Collection(IdentityCollection.Name)]
public sealed class AuditCategoryTests(IdentityFixture fixture)
{
    [Fact]
    public void EveryActionIsInExactlyOneKnownCategory()
    {
        var actions = typeof(AuditActions).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f is { IsLiteral: true } && f.FieldType == typeof(string))
            .Select(f => (string)f.GetRawConstantValue()!).ToList();

        Assert.Equal(actions.Order(), AuditCatalog.Actions.Select(a => a.Action).Order());
        Assert.All(AuditCatalog.Actions, a => Assert.Contains(a.Category, AuditCategories.All));
        Assert.All(AuditCategories.All, c => Assert.NotEmpty(AuditCatalog.ActionsIn(c)));
    }

    [Fact]
    public async Task EachCategoryReturnsOnlyItsOwnEntries()
    {
        var customerId = await fixture.CreateCustomerAsync();
        // Invited (invitation.created, .accepted) and signed in (sign-in.succeeded).
        var admin = await fixture.CustomerUserAsync(customerId, "administrator");
        var employeeId = await AuditQueries.MemberMadeModeratorAsync(fixture, admin, customerId, "Emma", "Employee");

        var signIns = await AuditQueries.ReadAsync(fixture, admin.AccessToken, "category=sign-ins");
        var invitations = await AuditQueries.ReadAsync(fixture, admin.AccessToken, "category=invitations");
        var rolesAndAccess = await AuditQueries.ReadAsync(fixture, admin.AccessToken, "category=roles-and-access");
        var people = await AuditQueries.ReadAsync(fixture, admin.AccessToken, "category=people");
        var supportAccess = await AuditQueries.ReadAsync(fixture, admin.AccessToken, "category=support-access");

        Assert.Equal(["sign-in.succeeded"], AuditQueries.Actions(signIns).Distinct());
        Assert.Equal(["invitation.accepted", "invitation.created"], AuditQueries.Actions(invitations));
        Assert.Equal(["user.role-changed"], AuditQueries.Actions(rolesAndAccess));
        Assert.Equal(employeeId, AuditQueries.Single(rolesAndAccess, "user.role-changed").GetProperty("subject").GetProperty("id").GetGuid());
        Assert.Equal(["user.created"], AuditQueries.Actions(people));
        Assert.Equal(0, supportAccess.GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task APersonIsFoundByPartOfTheirNameOrAddress()
    {
        var customerId = await fixture.CreateCustomerAsync();
        var admin = await fixture.CustomerUserAsync(customerId, "administrator");
        var lastName = $"Zettel{Guid.NewGuid():N}"[..14];
        var employeeId = await AuditQueries.MemberMadeModeratorAsync(fixture, admin, customerId, "Ida", lastName);

        var byName = await AuditQueries.ReadAsync(fixture, admin.AccessToken, $"person={Uri.EscapeDataString("ida " + lastName.ToLowerInvariant())}");
        var byAddress = await AuditQueries.ReadAsync(fixture, admin.AccessToken, $"person={Uri.EscapeDataString(admin.Email.Split('@')[0][^10..])}&category=invitations");
        var nobody = await AuditQueries.ReadAsync(fixture, admin.AccessToken, "person=%25_nobody_%25");

        Assert.Equal(["user.role-changed", "user.created"], AuditQueries.Actions(byName));
        Assert.All(byName.GetProperty("items").EnumerateArray(), e => Assert.Equal(employeeId, e.GetProperty("subject").GetProperty("id").GetGuid()));
        Assert.Equal(["invitation.accepted", "invitation.created"], AuditQueries.Actions(byAddress));
        Assert.Equal(0, nobody.GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task AnUnknownCategoryIsNamedWithTheKnownOnesInTheCallersLanguage()
    {
        // Customer users are invited in German: their tokens carry locale "de".
        var german = await fixture.CustomerUserAsync(await fixture.CreateCustomerAsync(), "administrator");

        using var response = await fixture.SendAsync(german.AccessToken, HttpMethod.Get,
            $"/api/identity/audit?category=logins&person={new string('x', 300)}");
        using var english = await fixture.SendAsync(await fixture.AdministratorTokenAsync(), HttpMethod.Get, "/api/identity/audit?category=logins");
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        var englishBody = await english.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(["category", "person"], body.GetProperty("errors").EnumerateObject().Select(e => e.Name).Order());
        Assert.Equal("unknown_category", body.GetProperty("errorCodes").GetProperty("category")[0].GetString());
        Assert.Equal("Unbekannte Kategorie. Bekannt sind: sign-ins, invitations, people, roles-and-access, account-security, support-access.",
            body.GetProperty("errors").GetProperty("category")[0].GetString());
        Assert.Equal(HttpStatusCode.BadRequest, english.StatusCode);
        Assert.StartsWith("Unknown category. Known: sign-ins,", englishBody.GetProperty("errors").GetProperty("category")[0].GetString());
    }
}
