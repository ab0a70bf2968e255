using System.Net;
using Portal.Web.Tests.Infrastructure;

namespace Portal.Web.Tests.Account;

/// <summary>
/// People open these pages from an e-mail before signing in: the page speaks the browser's language
/// when it is German or English, and the address can ask for one.
/// </summary>
[Collection(WebStackCollection.Name)]
public sealed class LanguageTests(WebStack stack)
{
    private const string German = "<h1>Passwort vergessen?</h1>";
    private const string English = "<h1>Forgot your password?</h1>";

    [Theory]
    [InlineData("de-DE,de;q=0.9", German)]
    [InlineData("de-AT", German)]
    [InlineData("fr-FR, de;q=0.8, en;q=0.5", German)]
    [InlineData("en-GB,de;q=0.9", English)]
    [InlineData("fr-FR", English)]
    [InlineData("", English)]
    [InlineData("not a language header;;;", English)]
    public async Task ThePageSpeaksTheBrowsersFirstSupportedLanguage(string acceptLanguage, string heading)
    {
        var html = await GetAsync("/account/forgot-password", acceptLanguage);

        Assert.Contains(heading, html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/account/forgot-password?lang=en", "de-DE", English)]
    [InlineData("/account/forgot-password?lang=de", "en-US", German)]
    [InlineData("/account/forgot-password?lang=xx", "de-DE", German)]
    public async Task TheAddressCanAskForALanguage(string path, string acceptLanguage, string heading)
    {
        var html = await GetAsync(path, acceptLanguage);

        Assert.Contains(heading, html, StringComparison.Ordinal);
    }

    private async Task<string> GetAsync(string path, string acceptLanguage)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.TryAddWithoutValidation("Accept-Language", acceptLanguage);
        using var response = await stack.Gateway.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }
}
