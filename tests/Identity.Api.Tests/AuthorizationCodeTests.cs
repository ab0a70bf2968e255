using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Web;
using Identity.Api.Tests.Infrastructure;
using Portal.Testing;

namespace Identity.Api.Tests;

/// <summary>The web app's sign-in: authorization code with PKCE through identity's login page.</summary>
[Collection(IdentityCollection.Name)]
public sealed class AuthorizationCodeTests(IdentityFixture fixture)
{
    private const string RedirectUri = IdentityFixture.PublicUrl + "/signin-oidc";

    [Fact]
    public async Task TheWebClientSignsInWithCodeAndPkceAndTheCodeNeedsTheVerifier()
    {
        using var browser = Browser();
        var verifier = Base64Url(RandomNumberGenerator.GetBytes(32));
        var challenge = Base64Url(SHA256.HashData(Encoding.ASCII.GetBytes(verifier)));
        var authorize = "/connect/authorize?" + string.Join("&",
            "client_id=portal-web", "response_type=code", "state=s-123", "scope=" + Uri.EscapeDataString("openid profile portal offline_access"),
            "redirect_uri=" + Uri.EscapeDataString(RedirectUri), "code_challenge=" + challenge, "code_challenge_method=S256");

        using var toLogin = await browser.GetAsync(new Uri(authorize, UriKind.Relative));
        using var loginPage = await browser.GetAsync(toLogin.Headers.Location!);
        var html = await loginPage.Content.ReadAsStringAsync();
        using var login = await browser.PostAsync(new Uri("/account/login", UriKind.Relative), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            [LoginForm.AntiforgeryName(html)] = LoginForm.AntiforgeryValue(html),
            ["returnUrl"] = LoginForm.ReturnUrl(html),
            ["username"] = IdentityFixture.AdminEmail,
            ["password"] = IdentityFixture.AdminPassword,
        }));
        using var toClient = await browser.GetAsync(login.Headers.Location!);
        var callback = HttpUtility.ParseQueryString(toClient.Headers.Location!.Query);
        var withoutVerifier = await fixture.Identity.TokenAsync(CodeRedemption(callback["code"]!, verifier: null));
        var tokens = await fixture.Identity.TokenAsync(CodeRedemption(callback["code"]!, verifier));

        Assert.Equal(HttpStatusCode.Redirect, toLogin.StatusCode);
        Assert.StartsWith("/account/login", toLogin.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
        Assert.StartsWith(RedirectUri, toClient.Headers.Location!.AbsoluteUri, StringComparison.Ordinal);
        Assert.Equal("s-123", callback["state"]);
        Assert.Equal("invalid_request", withoutVerifier.Error);
        Assert.Equal(HttpStatusCode.OK, tokens.Status);
        Assert.Equal("administrator", tokens.Claims.GetProperty("role").GetString());
        Assert.Equal("portal-api", tokens.Claims.GetProperty("aud").GetString());
    }

    [Fact]
    public async Task SigningOutReturnsToTheWebAppsRegisteredAddressOnly()
    {
        using var browser = Browser();
        var registered = IdentityFixture.PublicUrl + "/signout-callback-oidc";

        using var toClient = await browser.GetAsync(new Uri(
            "/connect/logout?client_id=portal-web&state=bye&post_logout_redirect_uri=" + Uri.EscapeDataString(registered), UriKind.Relative));
        using var elsewhere = await browser.GetAsync(new Uri(
            "/connect/logout?client_id=portal-web&post_logout_redirect_uri=" + Uri.EscapeDataString("https://evil.example/"), UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, toClient.StatusCode);
        Assert.StartsWith(registered, toClient.Headers.Location!.AbsoluteUri, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, elsewhere.StatusCode);
    }

    [Fact]
    public async Task TheLoginPageRefusesAWrongPasswordWithTheSameMessageAsAnUnknownUser()
    {
        using var browser = Browser();
        using var page = await browser.GetAsync(new Uri("/account/login?returnUrl=/", UriKind.Relative));
        var html = await page.Content.ReadAsStringAsync();

        var wrong = await SubmitAsync(browser, html, IdentityFixture.AdminEmail, "wrong-password-here");
        var unknown = await SubmitAsync(browser, html, Actors.UniqueEmail(), "wrong-password-here");

        Assert.Equal(HttpStatusCode.BadRequest, wrong.Status);
        Assert.Contains("The account name or password is invalid.", wrong.Html, StringComparison.Ordinal);
        Assert.Equal(wrong.Status, unknown.Status);
        Assert.Contains("The account name or password is invalid.", unknown.Html, StringComparison.Ordinal);
    }

    private static async Task<(HttpStatusCode Status, string Html)> SubmitAsync(HttpClient browser, string html, string username, string password)
    {
        using var response = await browser.PostAsync(new Uri("/account/login", UriKind.Relative), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            [LoginForm.AntiforgeryName(html)] = LoginForm.AntiforgeryValue(html),
            ["returnUrl"] = "/",
            ["username"] = username,
            ["password"] = password,
        }));
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    private HttpClient Browser() =>
        new(new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = new CookieContainer() }) { BaseAddress = fixture.Identity.BaseAddress };

    private static Dictionary<string, string> CodeRedemption(string code, string? verifier)
    {
        var form = new Dictionary<string, string>
        {
            ["grant_type"] = "authorization_code",
            ["client_id"] = "portal-web",
            ["code"] = code,
            ["redirect_uri"] = RedirectUri,
        };
        if (verifier is not null)
        {
            form["code_verifier"] = verifier;
        }

        return form;
    }

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
