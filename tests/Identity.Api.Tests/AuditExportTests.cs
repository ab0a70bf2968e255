using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Identity.Api.Tests.Infrastructure;

namespace Identity.Api.Tests;

/// <summary>
/// The audit log as CSV (GET /api/identity/audit/export): the list's filters and visibility, headings and actions
/// in the caller's language, values a spreadsheet reads as written (quoted, never run as a formula).
/// </summary>
[Collection(IdentityCollection.Name)]
public sealed class AuditExportTests(IdentityFixture fixture)
{
    private const string GermanHeadings = "Zeitpunkt (UTC);Kategorie;Aktion;Von;Betrifft;Angesehen von;IP-Adresse;Details";
    private const string EnglishHeadings = "Time (UTC),Category,Action,By,Concerning,Viewed as by,IP address,Details";

    [Fact]
    public async Task TheFileHasTheCallersLanguageTheFilteredRowsAndValuesEscapedForASpreadsheet()
    {
        var customerId = await fixture.CreateCustomerAsync();
        // Customer users are invited in German; the provider's administrator speaks English.
        var admin = await fixture.CustomerUserAsync(customerId, "administrator");
        var lastName = $"Person{Guid.NewGuid():N}"[..16];
        var trickyId = await AuditQueries.MemberMadeModeratorAsync(fixture, admin, customerId, "=Evil; \"Quote\"", lastName + ",Comma");

        var (german, germanText) = await ExportAsync(admin.AccessToken, "category=roles-and-access");
        var (english, englishText) = await ExportAsync(await fixture.AdministratorTokenAsync(), $"person={lastName}&category=roles-and-access");

        Assert.Equal(HttpStatusCode.OK, german.StatusCode);
        Assert.Equal("text/csv", german.Content.Headers.ContentType?.MediaType);
        Assert.Equal("utf-8", german.Content.Headers.ContentType?.CharSet);
        Assert.Equal("attachment", german.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Matches(@"^audit-\d{4}-\d{2}-\d{2}\.csv$", german.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
        Assert.Equal([0xEF, 0xBB, 0xBF], (await german.Content.ReadAsByteArrayAsync())[..3]);
        var germanLines = Lines(germanText);
        Assert.Equal([GermanHeadings], germanLines[..1]);
        var germanRow = Assert.Single(germanLines[1..]);
        Assert.Matches(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z;Rollen und Zugriffe;Rolle geändert;Erika Muster;", germanRow);
        // The separator and the quotes are quoted; the leading '=' gets an apostrophe so Excel shows it as text.
        Assert.Contains($";\"'=Evil; \"\"Quote\"\" {lastName},Comma\";", germanRow);
        Assert.EndsWith(";127.0.0.1;Rolle Mitglied -> Moderator", germanRow);

        var englishLines = Lines(englishText);
        Assert.Equal([EnglishHeadings], englishLines[..1]);
        var englishRow = Assert.Single(englishLines[1..]);
        Assert.Matches(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z,Roles and access,Role changed,Erika Muster,", englishRow);
        Assert.Contains($",\"'=Evil; \"\"Quote\"\" {lastName},Comma\",", englishRow);
        Assert.EndsWith(",127.0.0.1,role Member -> Moderator", englishRow);
        Assert.NotEqual(Guid.Empty, trickyId);
    }

    [Fact]
    public async Task AnotherCustomersAdministratorExportsNoneOfTheFirstCustomersRows()
    {
        var firstCustomer = await fixture.CreateCustomerAsync();
        var firstAdmin = await fixture.CustomerUserAsync(firstCustomer, "administrator");
        var lastName = $"Secret{Guid.NewGuid():N}"[..16];
        await AuditQueries.MemberMadeModeratorAsync(fixture, firstAdmin, firstCustomer, "Ida", lastName);
        var otherAdmin = await fixture.CustomerUserAsync(await fixture.CreateCustomerAsync(), "administrator");

        var (_, everything) = await ExportAsync(otherAdmin.AccessToken, "");
        var (_, searched) = await ExportAsync(otherAdmin.AccessToken, $"person={lastName}");
        var ownList = await AuditQueries.ReadAsync(fixture, otherAdmin.AccessToken, "pageSize=200");

        Assert.DoesNotContain(lastName, everything);
        Assert.Equal(ownList.GetProperty("totalCount").GetInt32(), Lines(everything).Count - 1);
        Assert.Equal(["Zeitpunkt (UTC);Kategorie;Aktion;Von;Betrifft;Angesehen von;IP-Adresse;Details"], Lines(searched));
    }

    [Fact]
    public async Task AMemberWithoutAuditReadIsRefusedAndBadFiltersAreNamed()
    {
        var customerId = await fixture.CreateCustomerAsync();
        var member = await fixture.CustomerUserAsync(customerId, "member");
        var admin = await fixture.CustomerUserAsync(customerId, "administrator");

        using var refused = await fixture.SendAsync(member.AccessToken, HttpMethod.Get, "/api/identity/audit/export");
        using var bad = await fixture.SendAsync(admin.AccessToken, HttpMethod.Get, "/api/identity/audit/export?category=everything&from=yesterday");
        var errors = (await bad.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");

        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Equal("application/problem+json", bad.Content.Headers.ContentType?.MediaType);
        Assert.Equal(["category", "from"], errors.EnumerateObject().Select(e => e.Name).Order());
        Assert.StartsWith("Unbekannte Kategorie.", errors.GetProperty("category")[0].GetString());
    }

    private Task<(HttpResponseMessage Response, string Text)> ExportAsync(string accessToken, string query) =>
        AuditQueries.ExportAsync(fixture, accessToken, query);

    private static List<string> Lines(string text) => AuditQueries.Lines(text);
}
