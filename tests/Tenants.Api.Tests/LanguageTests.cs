using System.Net;
using Portal.Testing.Localization;
using Tenants.Api.Apis;
using Tenants.Api.Model;
using Tenants.Api.Tests.Infrastructure;
using static Tenants.Api.Tests.Infrastructure.TenantsAppExtensions;

namespace Tenants.Api.Tests;

/// <summary>
/// The same bad requests, once in German and once in English: the same status, code and field codes, the words
/// in the caller's language (the token's locale, else Accept-Language, else English).
/// </summary>
[Collection(TenantsCollection.Name)]
public sealed class LanguageTests(TenantsApp app)
{
    [Fact]
    public void EveryMessageHasGoodGermanAndACode() => MessageCatalogue.AssertComplete(typeof(CustomerProblems).Assembly);

    [Fact]
    public async Task AValidationProblemNamesTheSameCodesInEitherLanguage()
    {
        var body = new { name = " ", type = "company" };

        var (german, english) = await BothAsync(app.Administrator(), HttpMethod.Post, "/api/tenants/customers", body, HttpStatusCode.BadRequest);

        Assert.Equal("validation_failed", english.Code);
        Assert.Equal(["customer_name_invalid"], english.ErrorCodes["name"]);
        Assert.Equal(["customer_type_unknown"], english.ErrorCodes["type"]);
        Assert.Equal($"A customer needs a name of 1 to {Customer.NameMaxLength} characters.", Assert.Single(english.Errors["name"]));
        Assert.Equal("The type is 'corporate' or 'individual'.", Assert.Single(english.Errors["type"]));
        Assert.Equal("Einige Felder sind nicht gültig.", german.Title);
        Assert.Equal($"Ein Kunde braucht einen Namen mit 1 bis {Customer.NameMaxLength} Zeichen.", Assert.Single(german.Errors["name"]));
        Assert.Equal("Der Typ ist „corporate“ oder „individual“.", Assert.Single(german.Errors["type"]));
    }

    [Fact]
    public async Task ACustomerThatDoesNotExistIsNotFoundInEitherLanguage()
    {
        var (german, english) = await BothAsync(app.Administrator(), HttpMethod.Get, $"/api/tenants/customers/{Guid.NewGuid()}", null, HttpStatusCode.NotFound);

        Assert.Equal("not_found", english.Code);
        Assert.Equal("Not found.", english.Title);
        Assert.Equal("Nicht gefunden.", german.Title);
    }

    [Fact]
    public async Task ADepartmentNameTakenIsAConflictInEitherLanguage()
    {
        var name = Unique("Sales");
        await app.CreateDepartmentAsync(name);

        var (german, english) = await BothAsync(app.Administrator(), HttpMethod.Post, "/api/tenants/departments", new { name }, HttpStatusCode.Conflict);

        Assert.Equal("department_name_taken", english.Code);
        Assert.Equal(["department_name_taken"], english.ErrorCodes["name"]);
        Assert.Equal("A department with this name exists.", english.Title);
        Assert.Equal($"The provider already has a department named '{name}'.", english.Detail);
        Assert.Equal("This name is taken.", Assert.Single(english.Errors["name"]));
        Assert.Equal("Es gibt bereits eine Abteilung mit diesem Namen.", german.Title);
        Assert.Equal($"Der Dienstleister hat bereits eine Abteilung namens „{name}“.", german.Detail);
        Assert.Equal("Dieser Name ist vergeben.", Assert.Single(german.Errors["name"]));
    }

    [Fact]
    public async Task ASlugTakenOffersTheFreeOneInEitherLanguage()
    {
        var taken = (await app.CreateCustomerAsync()).GetProperty("slug").GetString();
        var body = new { name = Unique("Other"), type = "corporate", slug = taken };

        var (german, english) = await BothAsync(app.Administrator(), HttpMethod.Post, "/api/tenants/customers", body, HttpStatusCode.Conflict);

        Assert.Equal("slug_taken", english.Code);
        Assert.Equal($"The slug '{taken}' is taken. '{taken}-2' is free.", english.Detail);
        Assert.Equal("Dieser Slug ist nicht verfügbar.", german.Title);
        Assert.Equal($"Der Slug „{taken}“ ist vergeben. „{taken}-2“ ist frei.", german.Detail);
        Assert.Equal(german.Detail, Assert.Single(german.Errors["slug"]));
    }

    [Fact]
    public async Task TheTokensLocaleWinsOverAcceptLanguage()
    {
        var path = $"/api/tenants/customers/{Guid.NewGuid()}";

        var german = await ProblemAsync(Token("de"), HttpMethod.Get, path, null, "en");
        var english = await ProblemAsync(Token("en"), HttpMethod.Get, path, null, "de");

        Assert.Equal("de", german.Language);
        Assert.Equal("Nicht gefunden.", german.Title);
        Assert.Equal("en", english.Language);
        Assert.Equal("Not found.", english.Title);
    }

    private string Token(string locale) =>
        TestTokens.Mint(Guid.NewGuid(), app.ProviderId, "provider", "administrator", AllPermissions, locale: locale);

    /// <summary>The request with <c>Accept-Language: de</c> and without; both answers asserted alike where they must be.</summary>
    private async Task<(ProblemAnswer German, ProblemAnswer English)> BothAsync(string token, HttpMethod method, string path, object? body, HttpStatusCode status)
    {
        var german = await ProblemAsync(token, method, path, body, "de");
        var english = await ProblemAsync(token, method, path, body, null);
        ProblemAnswer.AssertAlike(german, english, status);
        return (german, english);
    }

    private async Task<ProblemAnswer> ProblemAsync(string token, HttpMethod method, string path, object? body, string? acceptLanguage)
    {
        using var response = await app.SendAsync(method, path, token, body, acceptLanguage);
        return await ProblemAnswer.ReadAsync(response);
    }
}
