using System.Security.Claims;
using Microsoft.AspNetCore.Components.Authorization;

namespace Portal.Web.Authentication;

/// <summary>The signed-in user's access token, for the API clients of one circuit or request.</summary>
public sealed class AccessTokenAccessor(AuthenticationStateProvider authenticationState, IAccessTokenSource tokens)
{
    public async Task<string?> GetAsync(CancellationToken cancellationToken)
    {
        var state = await authenticationState.GetAuthenticationStateAsync();
        var sessionId = state.User.FindFirstValue(SessionClaims.SessionId);
        return sessionId is null ? null : await tokens.GetAccessTokenAsync(sessionId, cancellationToken);
    }
}
