using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Web;
using Duende.IdentityModel;
using Duende.IdentityModel.Client;

namespace Portal.Stack.Tests.Integrators;

/// <summary>
/// The browser's part of the authorization code flow, which no client library does: open the authorize
/// address the library built, fill in identity's login page, and come back with what the redirect carries.
/// </summary>
public static class BrowserSignIn
{
    /// <summary>A PKCE pair: the verifier the client keeps and its S256 challenge (RFC 7636).</summary>
    public sealed record Pkce(string Verifier, string Challenge)
    {
        public static Pkce Create()
        {
            var verifier = CryptoRandom.CreateUniqueId(32);
            return new Pkce(verifier, Microsoft.IdentityModel.Tokens.Base64UrlEncoder.Encode(SHA256.HashData(Encoding.ASCII.GetBytes(verifier))));
        }
    }

    public static string AuthorizeUrl(this Integrator integrator, string redirectUri, Pkce pkce, string state, string nonce, string? challengeMethod = OidcConstants.CodeChallengeMethods.Sha256) =>
        new RequestUrl(integrator.Discovery.AuthorizeEndpoint!).CreateAuthorizeUrl(
            clientId: Integrator.WebClient,
            responseType: OidcConstants.ResponseTypes.Code,
            scope: Integrator.AllScopes,
            redirectUri: redirectUri,
            state: state,
            nonce: nonce,
            codeChallenge: pkce.Challenge,
            codeChallengeMethod: challengeMethod);

    /// <summary>Opens <paramref name="authorizeUrl"/>; signs in on the login page when identity shows it; returns the redirect to the client.</summary>
    public static async Task<Uri> ToClientAsync(this Integrator integrator, string authorizeUrl, string username, string password)
    {
        using var authorize = await integrator.Http.GetAsync(authorizeUrl);
        Assert.Equal(HttpStatusCode.Redirect, authorize.StatusCode);
        var location = Absolute(integrator, authorize.Headers.Location!);
        if (!location.AbsolutePath.StartsWith("/account/login", StringComparison.Ordinal))
        {
            return location;
        }

        using var page = await integrator.Http.GetAsync(location);
        var html = await page.Content.ReadAsStringAsync();
        using var login = await integrator.Http.PostAsync(new Uri(integrator.Authority, "/account/login"), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            [LoginForm.AntiforgeryName(html)] = LoginForm.AntiforgeryValue(html),
            ["returnUrl"] = LoginForm.ReturnUrl(html),
            ["username"] = username,
            ["password"] = password,
        }));
        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
        using var back = await integrator.Http.GetAsync(Absolute(integrator, login.Headers.Location!));
        Assert.Equal(HttpStatusCode.Redirect, back.StatusCode);
        return Absolute(integrator, back.Headers.Location!);
    }

    /// <summary>Where identity sends an authorization request that needs a sign-in: its login page.</summary>
    public static async Task<bool> AsksForSignInAsync(this Integrator integrator, string authorizeUrl)
    {
        using var authorize = await integrator.Http.GetAsync(authorizeUrl);
        return authorize.StatusCode == HttpStatusCode.Redirect
            && Absolute(integrator, authorize.Headers.Location!).AbsolutePath.StartsWith("/account/login", StringComparison.Ordinal);
    }

    public static string? Parameter(this Uri redirect, string name) => HttpUtility.ParseQueryString(redirect.Query)[name];

    private static Uri Absolute(Integrator integrator, Uri location) => location.IsAbsoluteUri ? location : new Uri(integrator.Authority, location);
}
