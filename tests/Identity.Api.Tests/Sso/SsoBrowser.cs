using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using System.Web;
using Identity.Api.Tests.Infrastructure;

namespace Identity.Api.Tests.Sso;

/// <summary>Where an SSO sign-in ended: a code for the web app, or identity's page that says why not.</summary>
public sealed record SsoOutcome(string? Code, string Verifier, HttpStatusCode Status, string Html, IReadOnlyList<Uri> Hops);

/// <summary>
/// A browser for the web app's sign-in through an external provider: cookies on, redirects followed
/// one at a time, so a test sees every hop (and may tamper with the provider's answer on the way back).
/// </summary>
public sealed partial class SsoBrowser(IdentityFixture fixture) : IDisposable
{
    public const string RedirectUri = IdentityFixture.PublicUrl + "/signin-oidc";

    private readonly CookieContainer _cookies = new();
    private HttpClient? _client;

    private HttpClient Client => _client ??= new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = _cookies })
    {
        BaseAddress = fixture.Identity.BaseAddress,
    };

    /// <summary>The person is signed in at the test provider (the browser carries its session).</summary>
    public SsoBrowser As(TestIdpUser user)
    {
        fixture.Idp.SignIn(_cookies, user);
        return this;
    }

    /// <summary>
    /// portal-web's authorization request, the login page's "Sign in with …" button of <paramref name="scheme"/>,
    /// the provider and back, until identity answers with something other than a redirect or sends the code to the web app.
    /// </summary>
    public async Task<SsoOutcome> SignInAsync(string scheme, Func<Uri, Uri>? onProviderAnswer = null)
    {
        var verifier = Base64Url(RandomNumberGenerator.GetBytes(32));
        var challenge = Base64Url(SHA256.HashData(Encoding.ASCII.GetBytes(verifier)));
        var authorize = "/connect/authorize?" + string.Join("&",
            "client_id=portal-web", "response_type=code", "state=web-state", "scope=" + Uri.EscapeDataString(Tokens.Scope),
            "redirect_uri=" + Uri.EscapeDataString(RedirectUri), "code_challenge=" + challenge, "code_challenge_method=S256");

        var hops = new List<Uri>();
        using var toLogin = await Client.GetAsync(new Uri(authorize, UriKind.Relative));
        using var loginPage = await Client.GetAsync(toLogin.Headers.Location!);
        var button = ButtonOf(scheme).Match(await loginPage.Content.ReadAsStringAsync());
        Assert.True(button.Success, $"The login page offers no button for {scheme}.");
        var next = new Uri(WebUtility.HtmlDecode(button.Groups[1].Value), UriKind.Relative);
        while (true)
        {
            hops.Add(next);
            using var response = await Client.GetAsync(next);
            var location = response.Headers.Location;
            if (response.StatusCode != HttpStatusCode.Redirect || location is null)
            {
                return new SsoOutcome(null, verifier, response.StatusCode, await response.Content.ReadAsStringAsync(), hops);
            }

            var absolute = location.IsAbsoluteUri ? location : new Uri(Client.BaseAddress!, location);
            if (absolute.AbsoluteUri.StartsWith(RedirectUri, StringComparison.Ordinal))
            {
                var code = HttpUtility.ParseQueryString(absolute.Query)["code"];
                return new SsoOutcome(code, verifier, response.StatusCode, "", hops);
            }

            // The provider's redirect back to identity's callback: the place an attacker would tamper with.
            var fromProvider = next.IsAbsoluteUri && next.AbsoluteUri.StartsWith(fixture.Idp.Issuer, StringComparison.Ordinal);
            next = fromProvider && onProviderAnswer is not null ? onProviderAnswer(absolute) : absolute;
        }
    }

    /// <summary>Redeems the code as the web app would, with the PKCE verifier.</summary>
    public Task<TokenResult> RedeemAsync(SsoOutcome outcome) =>
        fixture.Identity.TokenAsync(new Dictionary<string, string>
        {
            ["grant_type"] = "authorization_code",
            ["client_id"] = "portal-web",
            ["code"] = outcome.Code ?? throw new InvalidOperationException($"The sign-in ended at {outcome.Status}: {outcome.Html}"),
            ["redirect_uri"] = RedirectUri,
            ["code_verifier"] = outcome.Verifier,
        });

    /// <summary>Signs in and fails the test unless the web app gets tokens.</summary>
    public async Task<TokenResult> SignInForTokensAsync(string scheme)
    {
        var outcome = await SignInAsync(scheme);
        Assert.True(outcome.Code is not null, $"The sign-in with {scheme} ended at {(int)outcome.Status}: {outcome.Html}");
        var tokens = await RedeemAsync(outcome);
        Assert.Equal(HttpStatusCode.OK, tokens.Status);
        return tokens;
    }

    public void Dispose() => _client?.Dispose();

    private static Regex ButtonOf(string scheme) => new($"href=\"(/account/external/{Regex.Escape(scheme)}\\?[^\"]*)\"");

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
