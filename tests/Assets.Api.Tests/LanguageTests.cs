using System.Net;
using Assets.Api.Apis.Common;
using Assets.Api.Tests.Infrastructure;
using Portal.Testing.Localization;

namespace Assets.Api.Tests;

/// <summary>
/// The same bad requests, once in German and once in English: the same status, code and field codes, the words
/// in the caller's language (the token's locale, else Accept-Language, else English).
/// </summary>
[Collection(AssetsCollection.Name)]
public sealed class LanguageTests(AssetsApp app)
{
    [Fact]
    public void EveryMessageHasGoodGermanAndACode() => MessageCatalogue.AssertComplete(typeof(ValidationErrors).Assembly);

    [Fact]
    public async Task AValidationProblemNamesTheSameCodesInEitherLanguage()
    {
        var world = await World.CreateAsync(app);
        var staff = world.Administrator();
        var body = new { name = " ", status = "broken" };

        var (german, english) = await BothAsync(staff, HttpMethod.Post, "/api/assets/devices", body, HttpStatusCode.BadRequest);

        Assert.Equal("validation_failed", english.Code);
        Assert.Equal(["required_text"], english.ErrorCodes["name"]);
        Assert.Equal(["not_one_of"], english.ErrorCodes["status"]);
        Assert.Equal(["required"], english.ErrorCodes["objectId"]);
        Assert.Equal("Some fields are not valid.", english.Title);
        Assert.Equal("Required, 1 to 200 characters.", Assert.Single(english.Errors["name"]));
        Assert.Equal("Must be one of: operational, warning, fault, offline, decommissioned.", Assert.Single(english.Errors["status"]));
        Assert.Equal("Einige Felder sind nicht gültig.", german.Title);
        Assert.Equal("Pflichtfeld, 1 bis 200 Zeichen.", Assert.Single(german.Errors["name"]));
        Assert.Equal("Muss einer dieser Werte sein: operational, warning, fault, offline, decommissioned.", Assert.Single(german.Errors["status"]));
        Assert.Equal("Pflichtfeld.", Assert.Single(german.Errors["objectId"]));
    }

    [Fact]
    public async Task ARecordThatDoesNotExistIsNamedInEitherLanguage()
    {
        var world = await World.CreateAsync(app);

        var (german, english) = await BothAsync(world.Administrator(), HttpMethod.Get, $"/api/assets/devices/{Guid.NewGuid()}", null, HttpStatusCode.NotFound);

        Assert.Equal("device_not_found", english.Code);
        Assert.Equal("No device with this id.", english.Detail);
        Assert.Equal("Nicht gefunden", german.Title);
        Assert.Equal("Kein Gerät mit dieser ID.", german.Detail);
    }

    [Fact]
    public async Task AConflictSaysItInEitherLanguageWithTheKindInItsWords()
    {
        var world = await World.CreateAsync(app);
        var staff = world.Administrator();
        var customer = await world.CustomerAsync();
        var site = await app.CreateAsync(staff, "/api/assets/objects", new { customerId = customer.Id, name = "Depot" });
        var ticket = await app.CreateAsync(staff, "/api/assets/tickets", new { objectId = site.Id(), title = "Door stuck" });

        var (german, english) = await BothAsync(
            staff, HttpMethod.Patch, $"/api/assets/tickets/{ticket.Id()}", new { status = "closed" }, HttpStatusCode.Conflict);

        Assert.Equal("illegal_status_change", english.Code);
        Assert.Equal(["illegal_status_change"], english.ErrorCodes["status"]);
        Assert.Equal("Illegal status change.", english.Title);
        Assert.Equal("A ticket cannot move from open to closed.", english.Detail);
        Assert.Equal("Unzulässiger Statuswechsel.", german.Title);
        Assert.Equal("Ein Ticket kann nicht von „open“ zu „closed“ wechseln.", german.Detail);
        Assert.Equal(german.Detail, Assert.Single(german.Errors["status"]));
    }

    [Fact]
    public async Task ARefusalOfTheAccessCheckIsInTheCallersLanguage()
    {
        var world = await World.CreateAsync(app);
        var customer = await world.CustomerAsync();

        var (german, english) = await BothAsync(customer.Member(), HttpMethod.Post, "/api/assets/objects", new { name = "Depot" }, HttpStatusCode.Forbidden);

        Assert.Equal("permission_missing", english.Code);
        Assert.Equal("This needs the permission 'objects.manage'.", english.Detail);
        Assert.Equal("Nicht erlaubt", german.Title);
        Assert.Equal("Dafür brauchen Sie die Berechtigung „objects.manage“.", german.Detail);
    }

    [Fact]
    public async Task TheTokensLocaleWinsOverAcceptLanguage()
    {
        var world = await World.CreateAsync(app);
        var path = $"/api/assets/devices/{Guid.NewGuid()}";

        var german = await ProblemAsync(world.Administrator() with { Locale = "de" }, HttpMethod.Get, path, null, "en");
        var english = await ProblemAsync(world.Administrator() with { Locale = "en" }, HttpMethod.Get, path, null, "de");

        Assert.Equal("de", german.Language);
        Assert.Equal("Kein Gerät mit dieser ID.", german.Detail);
        Assert.Equal("en", english.Language);
        Assert.Equal("No device with this id.", english.Detail);
    }

    /// <summary>The request with <c>Accept-Language: de</c> and without; both answers asserted alike where they must be.</summary>
    private async Task<(ProblemAnswer German, ProblemAnswer English)> BothAsync(TestUser user, HttpMethod method, string path, object? body, HttpStatusCode status)
    {
        var german = await ProblemAsync(user, method, path, body, "de");
        var english = await ProblemAsync(user, method, path, body, null);
        ProblemAnswer.AssertAlike(german, english, status);
        return (german, english);
    }

    private async Task<ProblemAnswer> ProblemAsync(TestUser user, HttpMethod method, string path, object? body, string? acceptLanguage)
    {
        using var response = await app.SendAsync(user, method, path, body, acceptLanguage);
        return await ProblemAnswer.ReadAsync(response);
    }
}
