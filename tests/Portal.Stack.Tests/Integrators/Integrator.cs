using System.Net;
using System.Security.Claims;
using Duende.IdentityModel.Client;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Portal.Stack.Tests.Integrators;

/// <summary>
/// Third-party software that integrates with Portal's identity server the way integrators do: with a
/// standards OpenID Connect client library (Duende.IdentityModel) pointed at the public address, its
/// discovery checks on, and ID tokens validated against the keys the server publishes.
/// </summary>
public sealed class Integrator : IDisposable
{
    public const string CliClient = "portal-cli";
    public const string WebClient = "portal-web";
    public const string ApiClient = "portal-api";
    public const string AllScopes = "openid profile email offline_access portal";

    private Integrator(HttpClient http, Uri authority)
    {
        Http = http;
        Authority = authority;
    }

    /// <summary>Follows no redirects and keeps cookies, like a browser whose every step a test can inspect.</summary>
    public HttpClient Http { get; }

    /// <summary>The public address, the issuer the integrator is configured with.</summary>
    public Uri Authority { get; }

    public DiscoveryDocumentResponse Discovery { get; private set; } = null!;

    public static async Task<Integrator> ConnectAsync(Uri publicAddress)
    {
        var handler = new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = new CookieContainer() };
        var integrator = new Integrator(new HttpClient(new RateLimitPatience(handler)) { BaseAddress = publicAddress }, publicAddress);
        integrator.Discovery = await integrator.DiscoverAsync();
        return integrator;
    }

    /// <summary>Discovery with the library's policy: issuer equal to the address asked, every endpoint under it.</summary>
    public async Task<DiscoveryDocumentResponse> DiscoverAsync() =>
        await Http.GetDiscoveryDocumentAsync(new DiscoveryDocumentRequest
        {
            Address = Authority.AbsoluteUri,
            Policy = new DiscoveryPolicy { ValidateIssuerName = true, ValidateEndpoints = true, RequireKeySet = true },
        });

    public Task<TokenResponse> PasswordAsync(string username, string password, string scope = AllScopes, string clientId = CliClient) =>
        Http.RequestPasswordTokenAsync(new PasswordTokenRequest
        {
            Address = Discovery.TokenEndpoint,
            ClientId = clientId,
            UserName = username,
            Password = password,
            Scope = scope,
        });

    public Task<TokenResponse> RefreshAsync(string refreshToken, string clientId = CliClient) =>
        Http.RequestRefreshTokenAsync(new RefreshTokenRequest { Address = Discovery.TokenEndpoint, ClientId = clientId, RefreshToken = refreshToken });

    public Task<TokenRevocationResponse> RevokeAsync(string token, string tokenTypeHint, string clientId = CliClient) =>
        Http.RevokeTokenAsync(new TokenRevocationRequest
        {
            Address = Discovery.RevocationEndpoint,
            ClientId = clientId,
            Token = token,
            TokenTypeHint = tokenTypeHint,
        });

    public Task<TokenIntrospectionResponse> IntrospectAsync(string token, string clientSecret, string clientId = ApiClient) =>
        Http.IntrospectTokenAsync(new TokenIntrospectionRequest
        {
            Address = Discovery.IntrospectionEndpoint,
            ClientId = clientId,
            ClientSecret = clientSecret,
            Token = token,
        });

    public Task<UserInfoResponse> UserInfoAsync(string accessToken) =>
        Http.GetUserInfoAsync(new UserInfoRequest { Address = Discovery.UserInfoEndpoint, Token = accessToken });

    /// <summary>Validates an ID token as a relying party must: signature by a published key, issuer, audience, lifetime.</summary>
    public async Task<ClaimsIdentity> ValidateIdTokenAsync(string? idToken, string audience)
    {
        Assert.False(string.IsNullOrEmpty(idToken), "The token response has no ID token.");
        var published = await Http.GetJsonWebKeySetAsync(Discovery.JwksUri);
        Assert.False(published.IsError, published.Error);
        var keys = new JsonWebKeySet(published.Raw);
        var result = await new JsonWebTokenHandler().ValidateTokenAsync(idToken, new TokenValidationParameters
        {
            ValidIssuer = Discovery.Issuer,
            ValidAudience = audience,
            IssuerSigningKeys = keys.GetSigningKeys(),
            RequireSignedTokens = true,
        });
        Assert.True(result.IsValid, $"The ID token is not valid: {result.Exception?.Message}");
        return result.ClaimsIdentity;
    }

    public void Dispose() => Http.Dispose();
}
