using System.Security.Claims;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging.Abstractions;
using Portal.Web.Authentication;

namespace Portal.Web.Contract.Tests;

/// <summary>
/// A real <see cref="AccessTokenAccessor"/> over a real <see cref="TokenStore"/> holding one session
/// with an unexpired token: the clients then send as they do for a signed-in user, with no fake of
/// the web app's own types.
/// </summary>
internal static class SignedInUser
{
    private const string SessionId = "contract-test-session";

    public static AccessTokenAccessor Tokens()
    {
        var store = new TokenStore(new NoHttpClients(), new PortalAddresses(new ConfigurationBuilder().Build()), TimeProvider.System, NullLogger<TokenStore>.Instance);
        // No refresh token and an hour to live: the store hands the token out as it is, never calling identity.
        store.Save(SessionId, new UserTokens("contract-test-token", null, null, DateTimeOffset.UtcNow.AddHours(1)));
        return new AccessTokenAccessor(new SignedInState(), store);
    }

    private sealed class SignedInState : AuthenticationStateProvider
    {
        public override Task<AuthenticationState> GetAuthenticationStateAsync() =>
            Task.FromResult(new AuthenticationState(new ClaimsPrincipal(new ClaimsIdentity([new Claim(SessionClaims.SessionId, SessionId)], "contract-test"))));
    }

    /// <summary>Only a token refresh would ask for a client, and the saved token needs none.</summary>
    private sealed class NoHttpClients : IHttpClientFactory
    {
        public HttpClient CreateClient(string name) => throw new InvalidOperationException("The contract test's session never refreshes its token.");
    }
}
