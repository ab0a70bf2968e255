using System.Net;
using System.Text.RegularExpressions;
using Identity.Api.Tests.Infrastructure;
using Portal.Contracts.Organizations;

namespace Identity.Api.Tests;

/// <summary>
/// Identity's sign-in page as people see it: in the language the web app asked for (ui_locales inside
/// the return address), else the browser's, else English; naming the customer whose address the
/// sign-in started from; every value on it HTML-encoded.
/// </summary>
[Collection(IdentityCollection.Name)]
public sealed partial class LoginPageTests(IdentityFixture fixture)
{
    [Fact]
    public async Task TheLoginPageSpeaksTheLanguageOfTheSignInRequestThenTheBrowsersThenEnglish()
    {
        using var browser = Browser();

        var fromRequest = await PageAsync(browser, Authorize("ui_locales=de-DE%20en"));
        var byDefault = await PageAsync(browser, "/");
        var fromBrowser = await PageAsync(browser, "/", acceptLanguage: "fr-CH, fr;q=0.9, de;q=0.8");
        var requestOverBrowser = await PageAsync(browser, Authorize("ui_locales=en"), acceptLanguage: "de-DE");
        var fromQuery = await PageAsync(browser, "/", lang: "de");
        var wrongPassword = await SubmitAsync(browser, fromRequest.Html, IdentityFixture.AdminEmail, "not the right password");

        Assert.Contains("<html lang=\"de\">", fromRequest.Html, StringComparison.Ordinal);
        Assert.Equal("Anmelden", Heading(fromRequest.Html));
        Assert.Contains("<label for=\"password\">Passwort</label>", fromRequest.Html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/account/forgot-password\">Passwort vergessen?</a>", fromRequest.Html, StringComparison.Ordinal);
        Assert.Contains("href=\"/account/assets/sign-in.css\"", fromRequest.Html, StringComparison.Ordinal);
        Assert.Contains("<html lang=\"en\">", byDefault.Html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/account/forgot-password\">Forgot your password?</a>", byDefault.Html, StringComparison.Ordinal);
        Assert.Contains("<html lang=\"de\">", fromBrowser.Html, StringComparison.Ordinal);
        Assert.Contains("<html lang=\"en\">", requestOverBrowser.Html, StringComparison.Ordinal);
        Assert.Contains("<html lang=\"de\">", fromQuery.Html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, wrongPassword.Status);
        Assert.Contains("<p class=\"alert\" role=\"alert\">Der Kontoname oder das Passwort ist ungültig.</p>", wrongPassword.Html, StringComparison.Ordinal);
        Assert.Contains("<html lang=\"de\">", wrongPassword.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheLoginPageNamesTheCustomerOfTheSlugEncodedAndNoneForAnUnknownOrArchivedSlug()
    {
        var customerId = Guid.NewGuid();
        var slug = "login-" + customerId.ToString("N")[..10];
        await fixture.Bus.Publish(new CustomerCreated(customerId, IdentityFixture.ProviderId, "Müller & Söhne <script>alert(1)</script>", slug, CustomerTypes.Corporate, null, false));
        await fixture.WaitForRowAsync("SELECT count(*) FROM organizations WHERE id = $1", customerId);
        using var browser = Browser();

        var german = await PageAsync(browser, Authorize($"ui_locales=de&customer={slug}&x=\"><script>"));
        var english = await PageAsync(browser, Authorize($"customer={slug.ToUpperInvariant()}"));
        var unknown = await PageAsync(browser, Authorize("ui_locales=de&customer=no-such-customer-here"));
        await fixture.Bus.Publish(new CustomerArchived(customerId, IdentityFixture.ProviderId));
        await fixture.WaitForRowAsync("SELECT count(*) FROM organizations WHERE id = $1 AND archived_at IS NOT NULL", customerId);
        var archived = await PageAsync(browser, Authorize($"customer={slug}"));

        Assert.Equal("Anmelden bei Müller &amp; Söhne &lt;script&gt;alert(1)&lt;/script&gt;", Heading(german.Html));
        Assert.Contains("<title>Anmelden bei Müller &amp; Söhne &lt;script&gt;", german.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", german.Html, StringComparison.OrdinalIgnoreCase);
        Assert.Equal("Sign in to Müller &amp; Söhne &lt;script&gt;alert(1)&lt;/script&gt;", Heading(english.Html));
        Assert.Equal(HttpStatusCode.OK, unknown.Status);
        Assert.Equal("Anmelden", Heading(unknown.Html));
        Assert.Equal("Sign in", Heading(archived.Html));
        Assert.DoesNotContain("Müller", archived.Html, StringComparison.Ordinal);
    }

    private static string Authorize(string parameters) => "/connect/authorize?client_id=portal-web&response_type=code&" + parameters;

    private static async Task<(HttpStatusCode Status, string Html)> PageAsync(HttpClient browser, string returnUrl, string? acceptLanguage = null, string? lang = null)
    {
        var path = "/account/login?returnUrl=" + Uri.EscapeDataString(returnUrl) + (lang is null ? "" : "&lang=" + lang);
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (acceptLanguage is not null)
        {
            request.Headers.TryAddWithoutValidation("Accept-Language", acceptLanguage);
        }

        using var response = await browser.SendAsync(request);
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    /// <summary>Submits the page's form as a browser would: its hidden fields plus what the person typed.</summary>
    private static async Task<(HttpStatusCode Status, string Html)> SubmitAsync(HttpClient browser, string html, string username, string password)
    {
        var fields = HiddenInput().Matches(html).ToDictionary(m => m.Groups[1].Value, m => WebUtility.HtmlDecode(m.Groups[2].Value));
        fields["username"] = username;
        fields["password"] = password;
        using var response = await browser.PostAsync(new Uri(WebUtility.HtmlDecode(FormAction().Match(html).Groups[1].Value), UriKind.Relative), new FormUrlEncodedContent(fields));
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    private static string Heading(string html) => HeadingText().Match(html).Groups[1].Value;

    private HttpClient Browser() =>
        new(new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = new CookieContainer() }) { BaseAddress = fixture.Identity.BaseAddress };

    [GeneratedRegex("<input type=\"hidden\" name=\"([^\"]+)\" value=\"([^\"]*)\">")]
    private static partial Regex HiddenInput();

    [GeneratedRegex("<form method=\"post\" action=\"([^\"]+)\">")]
    private static partial Regex FormAction();

    [GeneratedRegex("<h1>([^<]*)</h1>")]
    private static partial Regex HeadingText();
}
