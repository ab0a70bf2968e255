using System.Security.Claims;
using Microsoft.AspNetCore.Components.Authorization;
using Portal.Web.Authentication;

namespace Portal.Web.Contract.Tests;

/// <summary>
/// A real <see cref="AccessTokenAccessor"/> for a signed-in session whose token is valid: the clients then send
/// as they do for a signed-in user. The token comes from a source that knows only this one session (the real
/// store needs the web app's database, and a contract test checks requests, not sessions).
/// </summary>
internal static class SignedInUser
{
    private const string SessionId = "contract-test-session";

    public static AccessTokenAccessor Tokens() => new(new SignedInState(), new OneSession());

    private sealed class SignedInState : AuthenticationStateProvider
    {
        public override Task<AuthenticationState> GetAuthenticationStateAsync() =>
            Task.FromResult(new AuthenticationState(new ClaimsPrincipal(new ClaimsIdentity([new Claim(SessionClaims.SessionId, SessionId)], "contract-test"))));
    }

    private sealed class OneSession : IAccessTokenSource
    {
        public Task<string?> GetAccessTokenAsync(string sessionId, CancellationToken cancellationToken) =>
            Task.FromResult<string?>(sessionId == SessionId ? "contract-test-token" : null);
    }
}
