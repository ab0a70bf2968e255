using System.Net;
using Notifications.Api.Apis;
using Notifications.Api.Tests.Infrastructure;
using Portal.Testing.Localization;

namespace Notifications.Api.Tests;

/// <summary>
/// The same bad requests, once in German and once in English: the same status, code and field codes, the words
/// in the caller's language (the token's locale, else Accept-Language, else English). The notifications API
/// answers no 409.
/// </summary>
[Collection(NotificationsCollection.Name)]
public sealed class LanguageTests(NotificationsApp app)
{
    [Fact]
    public void EveryMessageHasGoodGermanAndACode() => MessageCatalogue.AssertComplete(typeof(NotificationsFieldMessages).Assembly);

    [Fact]
    public async Task AValidationProblemNamesTheSameCodesInEitherLanguage()
    {
        var token = UserTokens.CustomerUser(Guid.NewGuid());

        var (german, english) = await BothAsync(token, HttpMethod.Get, "/api/notifications/me/mails?status=lost&page=0", null, HttpStatusCode.BadRequest);

        Assert.Equal("validation_failed", english.Code);
        Assert.Equal(["not_one_of"], english.ErrorCodes["status"]);
        Assert.Equal(["page_out_of_range"], english.ErrorCodes["page"]);
        Assert.Equal("A page number from 1.", Assert.Single(english.Errors["page"]));
        Assert.StartsWith("One of: ", Assert.Single(english.Errors["status"]));
        Assert.Equal("Einige Felder sind nicht gültig.", german.Title);
        Assert.Equal("Eine Seitenzahl ab 1.", Assert.Single(german.Errors["page"]));
        Assert.StartsWith("Einer dieser Werte: ", Assert.Single(german.Errors["status"]));
    }

    [Fact]
    public async Task ABrokenUnsubscribeLinkIsNamedInEitherLanguage()
    {
        var (german, english) = await BothAsync(null, HttpMethod.Get, "/api/notifications/unsubscribe?token=forged", null, HttpStatusCode.BadRequest);

        Assert.Equal(["invalid_unsubscribe_link"], english.ErrorCodes["token"]);
        Assert.Equal("Not a valid unsubscribe link: use the link from the e-mail unchanged.", Assert.Single(english.Errors["token"]));
        Assert.Equal("Kein gültiger Abmeldelink: Verwenden Sie den Link aus der E-Mail unverändert.", Assert.Single(german.Errors["token"]));
    }

    [Fact]
    public async Task AnEmployeeWhoIsNotOneOfTheCallersIsNotFoundInEitherLanguage()
    {
        var token = UserTokens.CustomerAdministrator(Guid.NewGuid());

        var (german, english) = await BothAsync(token, HttpMethod.Get, $"/api/notifications/users/{Guid.NewGuid()}/preferences", null, HttpStatusCode.NotFound);

        Assert.Equal("not_found", english.Code);
        Assert.Equal("Not found.", english.Title);
        Assert.Equal("Nicht gefunden.", german.Title);
    }

    [Fact]
    public async Task TheTokensLocaleWinsOverAcceptLanguage()
    {
        var body = new { categories = new { devices = true } };

        var german = await ProblemAsync(UserTokens.CustomerUserSpeaking("de"), HttpMethod.Put, "/api/notifications/me/preferences", body, "en");
        var english = await ProblemAsync(UserTokens.CustomerUserSpeaking("en"), HttpMethod.Put, "/api/notifications/me/preferences", body, "de");

        Assert.Equal("de", german.Language);
        Assert.Equal("Pflichtfeld: true oder false.", Assert.Single(german.Errors["categories.tickets"]));
        Assert.Equal(["required_boolean"], german.ErrorCodes["categories.codes"]);
        Assert.Equal("en", english.Language);
        Assert.Equal("Required: true or false.", Assert.Single(english.Errors["categories.tickets"]));
    }

    /// <summary>The request with <c>Accept-Language: de</c> and without; both answers asserted alike where they must be.</summary>
    private async Task<(ProblemAnswer German, ProblemAnswer English)> BothAsync(string? token, HttpMethod method, string path, object? body, HttpStatusCode status)
    {
        var german = await ProblemAsync(token, method, path, body, "de");
        var english = await ProblemAsync(token, method, path, body, null);
        ProblemAnswer.AssertAlike(german, english, status);
        return (german, english);
    }

    private async Task<ProblemAnswer> ProblemAsync(string? token, HttpMethod method, string path, object? body, string? acceptLanguage)
    {
        using var response = await app.SendAsync(method, path, token, body, acceptLanguage);
        return await ProblemAnswer.ReadAsync(response);
    }
}
