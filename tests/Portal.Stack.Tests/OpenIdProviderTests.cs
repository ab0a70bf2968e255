using System.Net;
using System.Text.Json;
using Duende.IdentityModel;
using Duende.IdentityModel.Client;
using Portal.AppHost;
using Portal.Stack.Tests.Infrastructure;
using Portal.Stack.Tests.Integrators;

namespace Portal.Stack.Tests;

/// <summary>
/// Identity as an integrator's software meets it: through the public address, with a standards client
/// library, checking what OpenID Connect Core and Discovery 1.0, RFC 7009 (revocation), RFC 7662
/// (introspection), RFC 7636 (PKCE) and RP-Initiated Logout 1.0 promise.
/// </summary>
[Collection(StackCollection.Name)]
public sealed class OpenIdProviderTests(StackFixture stack)
{
    private const string Admin = DevelopmentAccounts.AdminEmail;
    private const string AdminPassword = DevelopmentAccounts.AdminPassword;

    [Fact]
    public async Task DiscoveryNamesThePublicAddressAsIssuerAndAdvertisesWhatTheServerDoes()
    {
        using var integrator = await Integrator.ConnectAsync(stack.Gateway.BaseAddress!);
        var discovery = integrator.Discovery;

        // The library's policy has checked that the issuer is the address asked and every endpoint is under it.
        Assert.False(discovery.IsError, discovery.Error);
        Assert.Equal(stack.Gateway.BaseAddress!.AbsoluteUri, discovery.Issuer);
        foreach (var endpoint in new[] { discovery.UserInfoEndpoint, discovery.RevocationEndpoint, discovery.IntrospectionEndpoint, discovery.EndSessionEndpoint })
        {
            Assert.StartsWith(discovery.Issuer, endpoint, StringComparison.Ordinal);
        }

        Assert.Equal(["S256"], discovery.CodeChallengeMethodsSupported);
        Assert.Equal(["email", "offline_access", "openid", "portal", "profile"], discovery.ScopesSupported.Order(StringComparer.Ordinal));
        Assert.Superset(new HashSet<string> { "sub", "name", "email", "email_verified", "locale", "auth_time", "amr", "org_id", "org_kind", "role", "permissions" },
            discovery.ClaimsSupported.ToHashSet());
    }

    [Fact]
    public async Task APasswordSignInsIdTokenValidatesAgainstThePublishedKeysAndSaysHowThePersonSignedIn()
    {
        using var integrator = await Integrator.ConnectAsync(stack.Gateway.BaseAddress!);
        var before = DateTimeOffset.UtcNow.AddSeconds(-5);

        var tokens = await integrator.PasswordAsync(Admin, AdminPassword);

        Assert.False(tokens.IsError, tokens.Error);
        var idToken = await integrator.ValidateIdTokenAsync(tokens.IdentityToken, Integrator.CliClient);
        Assert.Equal(Admin, idToken.FindFirst("email")?.Value);
        Assert.Equal(["pwd"], idToken.FindAll("amr").Select(c => c.Value));
        Assert.InRange(DateTimeOffset.FromUnixTimeSeconds(long.Parse(idToken.FindFirst("auth_time")!.Value)), before, DateTimeOffset.UtcNow.AddSeconds(5));
    }

    [Fact]
    public async Task ARefreshKeepsTheSignInsTimeAndARedeemedRefreshTokenIsRefused()
    {
        using var integrator = await Integrator.ConnectAsync(stack.Gateway.BaseAddress!);
        var signIn = await integrator.PasswordAsync(Admin, AdminPassword);
        var signedInAt = (await integrator.ValidateIdTokenAsync(signIn.IdentityToken, Integrator.CliClient)).FindFirst("auth_time")!.Value;
        await Task.Delay(TimeSpan.FromSeconds(1.5));

        var refreshed = await integrator.RefreshAsync(signIn.RefreshToken!);
        // Refresh tokens rotate without reuse leeway: the redeemed one is refused at once.
        var reused = await integrator.RefreshAsync(signIn.RefreshToken!);

        Assert.False(refreshed.IsError, refreshed.Error);
        Assert.NotEqual(signIn.RefreshToken, refreshed.RefreshToken);
        var idToken = await integrator.ValidateIdTokenAsync(refreshed.IdentityToken, Integrator.CliClient);
        Assert.Equal(signedInAt, idToken.FindFirst("auth_time")!.Value);
        Assert.Equal(["pwd"], idToken.FindAll("amr").Select(c => c.Value));
        Assert.Equal(OidcConstants.TokenErrors.InvalidGrant, reused.Error);
    }

    [Fact]
    public async Task UserInfoGivesTheClaimsOfTheGrantedScopesOnly()
    {
        using var integrator = await Integrator.ConnectAsync(stack.Gateway.BaseAddress!);
        var everything = await integrator.PasswordAsync(Admin, AdminPassword);
        var emailOnly = await integrator.PasswordAsync(Admin, AdminPassword, scope: "openid email");

        var full = await integrator.UserInfoAsync(everything.AccessToken!);
        var narrow = await integrator.UserInfoAsync(emailOnly.AccessToken!);
        var forged = await integrator.UserInfoAsync(everything.AccessToken![..^4] + "AAAA");

        Assert.False(full.IsError, full.Error);
        Assert.Equal(Admin, full.Json?.GetProperty("email").GetString());
        Assert.True(full.Json?.GetProperty("email_verified").GetBoolean());
        Assert.Equal("Administrator", full.Json?.GetProperty("given_name").GetString());
        Assert.Equal("administrator", full.Json?.GetProperty("role").GetString());
        Assert.Equal(JsonValueKind.Array, full.Json?.GetProperty("permissions").ValueKind);
        Assert.Equal(full.Json?.GetProperty("sub").GetString(), narrow.Json?.GetProperty("sub").GetString());
        Assert.Equal(Admin, narrow.Json?.GetProperty("email").GetString());
        Assert.False(narrow.Json?.TryGetProperty("name", out _));
        Assert.False(narrow.Json?.TryGetProperty("org_id", out _));
        Assert.Equal(HttpStatusCode.Unauthorized, forged.HttpStatusCode);
    }

    [Fact]
    public async Task ARevokedRefreshTokenIsDeadAtOnce()
    {
        using var integrator = await Integrator.ConnectAsync(stack.Gateway.BaseAddress!);
        var signIn = await integrator.PasswordAsync(Admin, AdminPassword);

        var revoked = await integrator.RevokeAsync(signIn.RefreshToken!, OidcConstants.TokenTypes.RefreshToken);
        var refresh = await integrator.RefreshAsync(signIn.RefreshToken!);

        Assert.False(revoked.IsError, revoked.Error);
        Assert.Equal(OidcConstants.TokenErrors.InvalidGrant, refresh.Error);
    }

    [Fact]
    public async Task TheApiClientIntrospectsLiveTokensAndRevokedOnesAreInactive()
    {
        using var integrator = await Integrator.ConnectAsync(stack.Gateway.BaseAddress!);
        var secret = await stack.ParameterValueAsync("api-client-secret");
        var signIn = await integrator.PasswordAsync(Admin, AdminPassword);

        var live = await integrator.IntrospectAsync(signIn.AccessToken!, secret);
        await integrator.RevokeAsync(signIn.AccessToken!, OidcConstants.TokenTypes.AccessToken);
        var afterRevocation = await integrator.IntrospectAsync(signIn.AccessToken!, secret);
        var wrongSecret = await integrator.IntrospectAsync(signIn.AccessToken!, "not-the-secret");

        Assert.False(live.IsError, live.Error);
        Assert.True(live.IsActive);
        Assert.Equal("portal-api", live.Claims.First(c => c.Type == "aud").Value);
        Assert.Equal((await integrator.ValidateIdTokenAsync(signIn.IdentityToken, Integrator.CliClient)).FindFirst("sub")!.Value,
            live.Claims.First(c => c.Type == "sub").Value);
        Assert.False(afterRevocation.IsActive);
        // RFC 6749, 5.2: a client that fails to authenticate is told so with 401.
        Assert.Equal(HttpStatusCode.Unauthorized, wrongSecret.HttpStatusCode);
        Assert.Equal(OidcConstants.TokenErrors.InvalidClient, wrongSecret.TryGet(OidcConstants.TokenResponse.Error));
    }

    [Fact]
    public async Task TheCodeFlowsIdTokenCarriesTheNonceAndLogoutEndsTheSessionAndItsTokens()
    {
        using var integrator = await Integrator.ConnectAsync(stack.Gateway.BaseAddress!);
        var redirectUri = new Uri(integrator.Authority, "signin-oidc").AbsoluteUri;
        var pkce = BrowserSignIn.Pkce.Create();
        var authorize = integrator.AuthorizeUrl(redirectUri, pkce, state: "state-1", nonce: "nonce-1");

        var callback = await integrator.ToClientAsync(authorize, Admin, AdminPassword);
        var tokens = await integrator.Http.RequestAuthorizationCodeTokenAsync(new AuthorizationCodeTokenRequest
        {
            Address = integrator.Discovery.TokenEndpoint,
            ClientId = Integrator.WebClient,
            Code = callback.Parameter("code")!,
            RedirectUri = redirectUri,
            CodeVerifier = pkce.Verifier,
        });
        Assert.False(tokens.IsError, tokens.Error);
        var idToken = await integrator.ValidateIdTokenAsync(tokens.IdentityToken, Integrator.WebClient);

        var postLogout = new Uri(integrator.Authority, "signout-callback-oidc").AbsoluteUri;
        using var logout = await integrator.Http.GetAsync(new RequestUrl(integrator.Discovery.EndSessionEndpoint!)
            .CreateEndSessionUrl(idTokenHint: tokens.IdentityToken, postLogoutRedirectUri: postLogout, state: "bye"));
        var refreshAfterLogout = await integrator.RefreshAsync(tokens.RefreshToken!, Integrator.WebClient);
        var nextAuthorize = integrator.AuthorizeUrl(redirectUri, BrowserSignIn.Pkce.Create(), state: "state-2", nonce: "nonce-2");

        Assert.Equal("state-1", callback.Parameter("state"));
        Assert.Equal("nonce-1", idToken.FindFirst("nonce")?.Value);
        Assert.NotNull(idToken.FindFirst("auth_time"));
        Assert.Equal(["pwd"], idToken.FindAll("amr").Select(c => c.Value));
        Assert.Equal(HttpStatusCode.Redirect, logout.StatusCode);
        Assert.StartsWith(postLogout, logout.Headers.Location!.AbsoluteUri, StringComparison.Ordinal);
        Assert.Equal("bye", logout.Headers.Location!.Parameter("state"));
        Assert.Equal(OidcConstants.TokenErrors.InvalidGrant, refreshAfterLogout.Error);
        Assert.True(await integrator.AsksForSignInAsync(nextAuthorize), "After logout, identity's session should be over.");
    }

    [Fact]
    public async Task AnUnknownClientIsRefusedAndAWrongPasswordIsAnsweredLikeAnUnknownUser()
    {
        using var integrator = await Integrator.ConnectAsync(stack.Gateway.BaseAddress!);

        var unknownClient = await integrator.PasswordAsync(Admin, AdminPassword, clientId: "no-such-client");
        var wrongPassword = await integrator.PasswordAsync(Admin, "not-the-password");
        var unknownUser = await integrator.PasswordAsync($"nobody-{Guid.NewGuid():N}@customer.test", "not-the-password");
        // A right sign-in afterwards, so the one failure counts toward nobody's next lockout.
        var right = await integrator.PasswordAsync(Admin, AdminPassword);

        Assert.Equal(HttpStatusCode.Unauthorized, unknownClient.HttpStatusCode);
        Assert.Equal(OidcConstants.TokenErrors.InvalidClient, unknownClient.TryGet(OidcConstants.TokenResponse.Error));
        Assert.Equal(OidcConstants.TokenErrors.InvalidGrant, wrongPassword.Error);
        Assert.Equal((wrongPassword.HttpStatusCode, wrongPassword.Error, wrongPassword.ErrorDescription),
            (unknownUser.HttpStatusCode, unknownUser.Error, unknownUser.ErrorDescription));
        Assert.False(right.IsError, right.Error);
    }

    [Fact]
    public async Task AnUnregisteredRedirectUriIsNeverRedirectedTo()
    {
        using var integrator = await Integrator.ConnectAsync(stack.Gateway.BaseAddress!);
        var authorize = integrator.AuthorizeUrl("https://attacker.example/callback", BrowserSignIn.Pkce.Create(), state: "s", nonce: "n");

        using var response = await integrator.Http.GetAsync(authorize);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Null(response.Headers.Location);
    }

    [Fact]
    public async Task PlainPkceIsRefusedAndPromptNoneWithoutASessionAsksForASignIn()
    {
        using var integrator = await Integrator.ConnectAsync(stack.Gateway.BaseAddress!);
        var redirectUri = new Uri(integrator.Authority, "signin-oidc").AbsoluteUri;
        var pkce = BrowserSignIn.Pkce.Create();

        using var plain = await integrator.Http.GetAsync(integrator.AuthorizeUrl(redirectUri, pkce with { Challenge = pkce.Verifier }, "s", "n", challengeMethod: "plain"));
        using var silent = await integrator.Http.GetAsync(new RequestUrl(integrator.Discovery.AuthorizeEndpoint!).CreateAuthorizeUrl(
            clientId: Integrator.WebClient, responseType: "code", scope: "openid", redirectUri: redirectUri, state: "s", nonce: "n",
            prompt: "none", codeChallenge: pkce.Challenge, codeChallengeMethod: "S256"));

        // Refused before any sign-in, and no code is issued; the same request with S256 signs in (the code flow test).
        Assert.Equal(HttpStatusCode.BadRequest, plain.StatusCode);
        Assert.Contains("code_challenge_method", await plain.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Null(plain.Headers.Location);
        Assert.Equal(HttpStatusCode.Redirect, silent.StatusCode);
        Assert.StartsWith(redirectUri, silent.Headers.Location!.AbsoluteUri, StringComparison.Ordinal);
        Assert.Equal("login_required", silent.Headers.Location!.Parameter("error"));
    }
}
