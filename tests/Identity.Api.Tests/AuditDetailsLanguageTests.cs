using Identity.Api.Tests.Infrastructure;

namespace Identity.Api.Tests;

/// <summary>
/// An entry's details are in the reader's language, like the rest of the log: the customer's administrator (a German
/// account) reads them in German in the list and the CSV, the provider's administrator (English) the same entries in English.
/// </summary>
[Collection(IdentityCollection.Name)]
public sealed class AuditDetailsLanguageTests(IdentityFixture fixture)
{
    private const string GermanRoleChange = "Rolle Mitglied -> Moderator";
    private const string EnglishRoleChange = "role Member -> Moderator";
    private const string GermanSessionsEnded = @"\d+ andere Sitzungen, auf Wunsch der Person\.";
    private const string EnglishSessionsEnded = @"\d+ other sessions, at the user's request\.";

    [Fact]
    public async Task ARoleChangeAndEndedSessionsReadInGermanForAGermanReaderAndInEnglishForAnEnglishOne()
    {
        var customerId = await fixture.CreateCustomerAsync();
        var german = await fixture.CustomerUserAsync(customerId, "administrator");
        var lastName = $"Details{Guid.NewGuid():N}"[..16];
        var moderatorId = await AuditQueries.MemberMadeModeratorAsync(fixture, german, customerId, "Ida", lastName);
        using var ended = await fixture.SendAsync(german.AccessToken, HttpMethod.Post, "/api/identity/me/sessions/end-others");
        Assert.True(ended.IsSuccessStatusCode, await ended.Content.ReadAsStringAsync());
        var english = await fixture.AdministratorTokenAsync();
        var roleChange = $"userId={moderatorId}&action=user.role-changed";
        var sessionsEnded = $"userId={german.UserId}&action=sessions.ended";

        Assert.Equal(GermanRoleChange, await ListedDetailsAsync(german.AccessToken, roleChange));
        Assert.Matches($"^{GermanSessionsEnded}$", await ListedDetailsAsync(german.AccessToken, sessionsEnded));
        Assert.Equal(EnglishRoleChange, await ListedDetailsAsync(english, roleChange));
        Assert.Matches($"^{EnglishSessionsEnded}$", await ListedDetailsAsync(english, sessionsEnded));

        Assert.EndsWith(";" + GermanRoleChange, await ExportedRowAsync(german.AccessToken, roleChange));
        Assert.Matches($";{GermanSessionsEnded}$", await ExportedRowAsync(german.AccessToken, sessionsEnded));
        Assert.EndsWith("," + EnglishRoleChange, await ExportedRowAsync(english, roleChange));
        // The English file separates with commas: a detail that holds one is quoted.
        Assert.Matches($",\"{EnglishSessionsEnded}\"$", await ExportedRowAsync(english, sessionsEnded));
    }

    private async Task<string> ListedDetailsAsync(string accessToken, string query)
    {
        var page = await AuditQueries.ReadAsync(fixture, accessToken, query);
        return Assert.Single(AuditQueries.Details(page));
    }

    /// <summary>The single row the export of <paramref name="query"/> holds, below its headings.</summary>
    private async Task<string> ExportedRowAsync(string accessToken, string query)
    {
        var (response, text) = await AuditQueries.ExportAsync(fixture, accessToken, query);
        response.Dispose();
        return Assert.Single(AuditQueries.Lines(text)[1..]);
    }
}
