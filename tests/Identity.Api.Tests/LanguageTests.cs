using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Identity.Api.Tests.Infrastructure;
using Portal.Testing.Localization;

namespace Identity.Api.Tests;

/// <summary>
/// Every problem identity answers has a stable <c>code</c> (and a code per field in <c>errorCodes</c>) and its words
/// in the caller's language: the token's <c>locale</c> claim (the account's language), else <c>Accept-Language</c>,
/// else English. Every token identity issues carries the claim, so the header decides for anonymous callers (links
/// from e-mails) and the account's language for signed-in ones, whatever header they send.
/// </summary>
[Collection(IdentityCollection.Name)]
public sealed class LanguageTests(IdentityFixture fixture)
{
    private const string Accept = "/api/identity/invitations/accept";

    private static readonly string Users = $"/api/identity/organizations/{IdentityFixture.ProviderId}/users";

    [Fact]
    public void EveryMessageOfIdentityIsInGermanAndEnglishWithACode() =>
        MessageCatalogue.AssertComplete(typeof(Identity.Api.Application.Problems).Assembly, "Details");

    [Fact]
    public async Task AnAnonymousValidationProblemNamesEachBadFieldWithItsCodeInTheAcceptedLanguage()
    {
        var (german, english) = await BothHeadersAsync(HttpMethod.Post, Accept, new { token = "", password = "short" });

        AssertSameProblem(HttpStatusCode.BadRequest, "validation_failed", german, english);
        Assert.Equal(["token_required"], Codes(german.Body, "token"));
        Assert.Equal(["password_too_short"], Codes(german.Body, "password"));
        Assert.Equal("Einige Felder sind nicht gültig.", german.Body.GetProperty("title").GetString());
        Assert.Equal(["Geben Sie das Token aus dem Link an."], Errors(german.Body, "token"));
        Assert.Equal(["Ein Passwort braucht mindestens 12 Zeichen."], Errors(german.Body, "password"));
        Assert.Equal("Some fields are not valid.", english.Body.GetProperty("title").GetString());
        Assert.Equal(["Give the token from the link."], Errors(english.Body, "token"));
        Assert.Equal(["A password needs at least 12 characters."], Errors(english.Body, "password"));
    }

    [Fact]
    public async Task ACommonPasswordIsRefusedInTheAcceptedLanguage()
    {
        // The password is checked before the token is looked up.
        var (german, english) = await BothHeadersAsync(HttpMethod.Post, Accept, new { token = "some-token-from-a-link", password = "123qweasdzxc" });

        AssertSameProblem(HttpStatusCode.BadRequest, "validation_failed", german, english);
        Assert.Equal(["password_too_common"], Codes(german.Body, "password"));
        Assert.Equal(["Dieses Passwort gehört zu den häufigsten; wählen Sie ein anderes."], Errors(german.Body, "password"));
        Assert.Equal(["This password is among the most common ones; choose another."], Errors(english.Body, "password"));
    }

    [Fact]
    public async Task AnUnknownLinkIsGoneInTheAcceptedLanguage()
    {
        var (german, english) = await BothHeadersAsync(HttpMethod.Post, Accept, new { token = "no-such-token", password = Actors.Password });

        AssertSameProblem(HttpStatusCode.Gone, "invitation_invalid", german, english);
        Assert.Equal("Dieser Link ist nicht gültig.", german.Body.GetProperty("title").GetString());
        Assert.Equal("This link is not valid.", english.Body.GetProperty("title").GetString());
    }

    [Fact]
    public async Task ASignedInValidationProblemNamesEachBadFieldInTheAccountsLanguage()
    {
        var body = new { firstName = "", lastName = "Muster", email = "not an address", language = "en", role = "administrator" };

        var (german, english) = await BothAccountsAsync(HttpMethod.Post, Users, body);

        AssertSameProblem(HttpStatusCode.BadRequest, "validation_failed", german, english);
        Assert.Equal(["email", "firstName"], german.Body.GetProperty("errors").EnumerateObject().Select(p => p.Name).Order());
        Assert.Equal(["name_length"], Codes(german.Body, "firstName"));
        Assert.Equal(["invalid_email"], Codes(german.Body, "email"));
        Assert.Equal(["Geben Sie 1 bis 100 Zeichen an."], Errors(german.Body, "firstName"));
        Assert.Equal(["Geben Sie eine gültige E-Mail-Adresse an."], Errors(german.Body, "email"));
        Assert.Equal(["Give 1 to 100 characters."], Errors(english.Body, "firstName"));
        Assert.Equal(["Give a valid e-mail address."], Errors(english.Body, "email"));
    }

    [Fact]
    public async Task NotFoundIsSaidInTheAccountsLanguage()
    {
        var (german, english) = await BothAccountsAsync(HttpMethod.Patch, $"/api/identity/users/{Guid.NewGuid()}", new { accountName = "anyone" });

        AssertSameProblem(HttpStatusCode.NotFound, "not_found", german, english);
        Assert.Equal("Nicht gefunden.", german.Body.GetProperty("title").GetString());
        Assert.Equal("Not found.", english.Body.GetProperty("title").GetString());
    }

    [Fact]
    public async Task ATakenEmailAddressIsAConflictNamingTheFieldInTheAccountsLanguage()
    {
        var body = new { firstName = "Erika", lastName = "Muster", email = IdentityFixture.AdminEmail, language = "de", role = "administrator" };

        var (german, english) = await BothAccountsAsync(HttpMethod.Post, Users, body);

        AssertSameProblem(HttpStatusCode.Conflict, "email_taken", german, english);
        Assert.Equal(["email_taken"], Codes(german.Body, "email"));
        Assert.Equal("Die E-Mail-Adresse ist vergeben.", german.Body.GetProperty("title").GetString());
        Assert.Equal("Ein anderes Konto nutzt diese E-Mail-Adresse bereits.", german.Body.GetProperty("detail").GetString());
        Assert.Equal(["Ein anderes Konto nutzt diese E-Mail-Adresse bereits."], Errors(german.Body, "email"));
        Assert.Equal("The e-mail address is taken.", english.Body.GetProperty("title").GetString());
        Assert.Equal(["Another account already uses this e-mail address."], Errors(english.Body, "email"));
    }

    [Fact]
    public async Task AWeakNewPasswordIsRefusedInTheAccountsLanguage()
    {
        // Customer users are invited in German (Actors.InviteAsync): their tokens carry locale "de".
        var (member, _) = await fixture.SignedInMemberAsync();
        var body = new { currentPassword = member.Password, newPassword = "short" };

        var german = await SendAsync(member.AccessToken, HttpMethod.Put, "/api/identity/me/password", body, "en");
        var english = await SendAsync(await fixture.AdministratorTokenAsync(), HttpMethod.Put, "/api/identity/me/password", body, "de");

        AssertSameProblem(HttpStatusCode.BadRequest, "validation_failed", german, english);
        Assert.Equal("de", german.ContentLanguage);
        Assert.Equal("en", english.ContentLanguage);
        Assert.Equal(["password_too_short"], Codes(german.Body, "newPassword"));
        Assert.Equal(["Ein Passwort braucht mindestens 12 Zeichen."], Errors(german.Body, "newPassword"));
        Assert.Equal(["A password needs at least 12 characters."], Errors(english.Body, "newPassword"));
    }

    private sealed record Answer(HttpStatusCode Status, string? ContentLanguage, JsonElement Body);

    /// <summary>The same anonymous request once with <c>Accept-Language: de</c> and once without any.</summary>
    private async Task<(Answer German, Answer English)> BothHeadersAsync(HttpMethod method, string path, object body)
    {
        var german = await SendAsync(null, method, path, body, "de");
        var english = await SendAsync(null, method, path, body, acceptLanguage: null);
        Assert.Equal("de", german.ContentLanguage);
        Assert.Equal("en", english.ContentLanguage);
        return (german, english);
    }

    /// <summary>
    /// The same request by an administrator whose account is German, sending <c>Accept-Language: en</c>, and by the
    /// first administrator (English), sending <c>Accept-Language: de</c>: the account's language wins both times.
    /// </summary>
    private async Task<(Answer German, Answer English)> BothAccountsAsync(HttpMethod method, string path, object body)
    {
        var german = await SendAsync(await GermanAdministratorTokenAsync(), method, path, body, "en");
        var english = await SendAsync(await fixture.AdministratorTokenAsync(), method, path, body, "de");
        Assert.Equal("de", german.ContentLanguage);
        Assert.Equal("en", english.ContentLanguage);
        return (german, english);
    }

    private async Task<string> GermanAdministratorTokenAsync()
    {
        var email = Actors.UniqueEmail("administrator");
        using var created = await fixture.SendAsync(await fixture.AdministratorTokenAsync(), HttpMethod.Post, Users,
            new { firstName = "Erika", lastName = "Verwalterin", email, language = "de", role = "administrator", sendInvitation = true });
        Assert.True(created.StatusCode == HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        var userId = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        using var accepted = await fixture.AcceptAsync(await fixture.LatestLinkTokenAsync(userId));
        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        var token = await fixture.Identity.SignInAsync(email, Actors.Password);
        Assert.Equal("de", Tokens.Payload(token).GetProperty("locale").GetString());
        return token;
    }

    private async Task<Answer> SendAsync(string? token, HttpMethod method, string path, object body, string? acceptLanguage)
    {
        using var request = new HttpRequestMessage(method, path) { Content = JsonContent.Create(body) };
        if (token is not null)
        {
            request.WithBearer(token);
        }

        if (acceptLanguage is not null)
        {
            request.Headers.AcceptLanguage.ParseAdd(acceptLanguage);
        }

        using var response = await fixture.Identity.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(text.Length > 0, $"{response.StatusCode} without a body");
        return new Answer(response.StatusCode, response.Content.Headers.ContentLanguage.SingleOrDefault(), JsonDocument.Parse(text).RootElement.Clone());
    }

    private static void AssertSameProblem(HttpStatusCode status, string code, Answer german, Answer english)
    {
        Assert.True(german.Status == status, $"{german.Status}: {german.Body}");
        Assert.True(english.Status == status, $"{english.Status}: {english.Body}");
        Assert.Equal(code, german.Body.GetProperty("code").GetString());
        Assert.Equal(code, english.Body.GetProperty("code").GetString());
        Assert.Equal(
            english.Body.TryGetProperty("errorCodes", out var englishCodes) ? englishCodes.ToString() : null,
            german.Body.TryGetProperty("errorCodes", out var germanCodes) ? germanCodes.ToString() : null);
    }

    private static string[] Errors(JsonElement problem, string field) =>
        [.. problem.GetProperty("errors").GetProperty(field).EnumerateArray().Select(e => e.GetString()!)];

    private static string[] Codes(JsonElement problem, string field) =>
        [.. problem.GetProperty("errorCodes").GetProperty(field).EnumerateArray().Select(e => e.GetString()!)];
}
