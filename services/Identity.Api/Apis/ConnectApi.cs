using System.Security.Claims;
using Identity.Api.Application;
using Identity.Api.Infrastructure;
using Identity.Api.Model;
using Microsoft.AspNetCore;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using OpenIddict.Abstractions;
using OpenIddict.Server.AspNetCore;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Identity.Api.Apis;

/// <summary>
/// The token and authorization endpoints of the OpenID Connect server. OpenIddict validates the
/// protocol (clients, grants, PKCE, redirect URIs); these handlers decide who the user is and what
/// their token says.
/// </summary>
public static class ConnectApi
{
    public const string InvalidCredentials = SignInAttempt.InvalidCredentials;

    /// <summary>The password grant's form field for the two-factor code.</summary>
    public const string OtpParameter = "otp";

    public static IEndpointRouteBuilder MapConnectApi(this IEndpointRouteBuilder app)
    {
        app.MapPost("/connect/token", Exchange).WithName("Token").ExcludeFromDescription().AllowAnonymous();
        app.MapMethods("/connect/authorize", [HttpMethods.Get, HttpMethods.Post], Authorize)
            .WithName("Authorize").ExcludeFromDescription().AllowAnonymous().DisableAntiforgery();
        app.MapMethods("/connect/logout", [HttpMethods.Get, HttpMethods.Post], (Delegate)Logout)
            .WithName("Logout").ExcludeFromDescription().AllowAnonymous().DisableAntiforgery();
        app.MapMethods("/connect/userinfo", [HttpMethods.Get, HttpMethods.Post], UserInfoEndpoint.UserInfo)
            .WithName("UserInfo").ExcludeFromDescription().AllowAnonymous().DisableAntiforgery();
        return app;
    }

    public static async Task<IResult> Exchange(HttpContext context, PasswordSignIn signIn, IdentityDbContext db, UserManager<User> users, TimeProvider clock)
    {
        var request = context.GetOpenIddictServerRequest()
            ?? throw new InvalidOperationException("The OpenID Connect request cannot be retrieved.");
        var cancellationToken = context.RequestAborted;

        if (request.IsPasswordGrantType())
        {
            // Accounts with two-factor send the code (or a recovery code) in the extra "otp" field.
            var code = (string?)request.GetParameter(OtpParameter);
            var attempt = await signIn.AttemptAsync(request.Username, request.Password, code, SignInAuditDetails.PasswordGrant, cancellationToken);
            return attempt.Succeeded
                ? SignIn(TokenPrincipalFactory.Create(attempt.Access!, request.GetScopes(), SignInProof.ByPassword(clock.GetUtcNow(), attempt.WithOneTimeCode)))
                : InvalidGrant(attempt.Message);
        }

        if (request.IsRefreshTokenGrantType() || request.IsAuthorizationCodeGrantType())
        {
            // The user's current state, not the one at sign-in: deactivation and scope changes apply now.
            var stored = await context.AuthenticateAsync(OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
            var userId = stored.Principal?.GetClaim(Claims.Subject);
            var user = userId is null ? null : await users.FindByIdAsync(userId);
            var access = await UserAccess.LoadAsync(db, user, cancellationToken);
            return access is { CanSignIn: true }
                ? SignIn(TokenPrincipalFactory.Create(access, stored.Principal!.GetScopes(), SignInProof.ReadFrom(stored.Principal)))
                : InvalidGrant("The account can no longer sign in.");
        }

        if (request.IsClientCredentialsGrantType())
        {
            return SignIn(TokenPrincipalFactory.CreateForClient(request.ClientId!, request.GetScopes()));
        }

        return TypedResults.Forbid(Properties(Errors.UnsupportedGrantType, "This grant type is not supported."), [OpenIddictServerAspNetCoreDefaults.AuthenticationScheme]);
    }

    public static async Task<IResult> Authorize(HttpContext context, IdentityDbContext db, UserManager<User> users, TimeProvider clock)
    {
        var request = context.GetOpenIddictServerRequest()
            ?? throw new InvalidOperationException("The OpenID Connect request cannot be retrieved.");

        var cookie = await context.AuthenticateAsync(IdentityConstants.ApplicationScheme);
        var user = cookie.Succeeded ? await users.GetUserAsync(cookie.Principal) : null;
        var access = await UserAccess.LoadAsync(db, user, context.RequestAborted);
        var proof = SignInProof.ReadFrom(cookie.Principal);
        if (access is { CanSignIn: true } && proof is not null && !AuthorizationPrompt.AsksForFreshSignIn(request, proof, clock.GetUtcNow()))
        {
            return SignIn(TokenPrincipalFactory.Create(access, request.GetScopes(), proof));
        }

        // prompt=none: the client asked not to show anything, so say that a sign-in is needed.
        if (request.HasPromptValue(PromptValues.None))
        {
            return TypedResults.Forbid(Properties(Errors.LoginRequired, "The user is not signed in."), [OpenIddictServerAspNetCoreDefaults.AuthenticationScheme]);
        }

        // The login page, then back here with the same request, less what asked for the fresh sign-in.
        return TypedResults.Challenge(new AuthenticationProperties { RedirectUri = AuthorizationPrompt.ReturnUrl(context.Request) }, [IdentityConstants.ApplicationScheme]);
    }

    /// <summary>
    /// Ends identity's own session and, when the client named its ID token (<c>id_token_hint</c>, which
    /// OpenIddict has validated), revokes the tokens of that sign-in: a signed-out session cannot be refreshed.
    /// OpenIddict then returns to the client's registered post-logout address.
    /// </summary>
    public static async Task<SignOutHttpResult> Logout(HttpContext context, IOpenIddictTokenManager tokens)
    {
        var hint = await context.AuthenticateAsync(OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
        if (hint.Principal?.GetAuthorizationId() is { } authorizationId)
        {
            await tokens.RevokeByAuthorizationIdAsync(authorizationId, context.RequestAborted);
        }

        await context.SignOutAsync(IdentityConstants.ApplicationScheme);
        return TypedResults.SignOut(new AuthenticationProperties { RedirectUri = "/" }, [OpenIddictServerAspNetCoreDefaults.AuthenticationScheme]);
    }

    private static SignInHttpResult SignIn(ClaimsPrincipal principal) =>
        TypedResults.SignIn(principal, authenticationScheme: OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);

    private static ForbidHttpResult InvalidGrant(string description) =>
        TypedResults.Forbid(Properties(Errors.InvalidGrant, description), [OpenIddictServerAspNetCoreDefaults.AuthenticationScheme]);

    private static AuthenticationProperties Properties(string error, string description) => new(new Dictionary<string, string?>
    {
        [OpenIddictServerAspNetCoreConstants.Properties.Error] = error,
        [OpenIddictServerAspNetCoreConstants.Properties.ErrorDescription] = description,
    });
}
