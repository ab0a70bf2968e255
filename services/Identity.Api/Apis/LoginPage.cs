using System.Security.Claims;
using System.Text.Encodings.Web;
using Identity.Api.Application;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;

namespace Identity.Api.Apis;

/// <summary>
/// The interactive sign-in for the authorization code flow: a minimal form that sets identity's own
/// cookie and returns to <c>/connect/authorize</c>. Accounts with two-factor get a second step that
/// asks for the code (or a recovery code). The web app's issue gives it its real look.
/// </summary>
public static class LoginPage
{
    private const string ChannelName = "login page";

    public static IEndpointRouteBuilder MapLoginPage(this IEndpointRouteBuilder app)
    {
        app.MapGet("/account/login", Show).WithName("LoginPage").ExcludeFromDescription().AllowAnonymous();
        app.MapPost("/account/login", Submit).WithName("Login").ExcludeFromDescription().AllowAnonymous().DisableAntiforgery();
        return app;
    }

    public static IResult Show(HttpContext context, IAntiforgery antiforgery, string? returnUrl) =>
        Page(context, antiforgery, returnUrl, error: null);

    public static async Task<IResult> Submit(HttpContext context, IAntiforgery antiforgery, PasswordSignIn signIn, TwoFactorTickets tickets)
    {
        if (!context.Request.HasFormContentType || !await antiforgery.IsRequestValidAsync(context))
        {
            return TypedResults.BadRequest();
        }

        var form = await context.Request.ReadFormAsync(context.RequestAborted);
        var returnUrl = form["returnUrl"].ToString();
        if (form.ContainsKey("ticket"))
        {
            return await SubmitCodeAsync(context, antiforgery, signIn, tickets, form["ticket"], form["code"], returnUrl);
        }

        var attempt = await signIn.AttemptAsync(form["username"], form["password"], code: null, ChannelName, context.RequestAborted);
        return attempt.Outcome switch
        {
            SignInOutcome.Succeeded => await SignInAsync(context, attempt.Access!, returnUrl),
            SignInOutcome.TwoFactorCodeNeeded => Page(context, antiforgery, returnUrl, error: null, tickets.Issue(attempt.Access!.User.Id)),
            _ => Page(context, antiforgery, returnUrl, attempt.Message),
        };
    }

    private static async Task<IResult> SubmitCodeAsync(
        HttpContext context, IAntiforgery antiforgery, PasswordSignIn signIn, TwoFactorTickets tickets, string? ticket, string? code, string returnUrl)
    {
        if (tickets.Read(ticket) is not { } userId)
        {
            return Page(context, antiforgery, returnUrl, "The sign-in took too long. Please start again.");
        }

        var attempt = await signIn.CompleteWithCodeAsync(userId, code, ChannelName, context.RequestAborted);
        return attempt.Outcome switch
        {
            SignInOutcome.Succeeded => await SignInAsync(context, attempt.Access!, returnUrl),
            SignInOutcome.InvalidTwoFactorCode or SignInOutcome.LockedOut => Page(context, antiforgery, returnUrl, attempt.Message, ticket),
            _ => Page(context, antiforgery, returnUrl, attempt.Message),
        };
    }

    private static async Task<IResult> SignInAsync(HttpContext context, UserAccess access, string returnUrl)
    {
        var identity = new ClaimsIdentity(IdentityConstants.ApplicationScheme);
        identity.AddClaim(new Claim(ClaimTypes.NameIdentifier, access.User.Id.ToString()));
        await context.SignInAsync(IdentityConstants.ApplicationScheme, new ClaimsPrincipal(identity));
        return TypedResults.LocalRedirect(IsLocal(returnUrl) ? returnUrl : "/");
    }

    /// <summary>The first step (account and password) or, with a ticket, the second (the code).</summary>
    private static ContentHttpResult Page(HttpContext context, IAntiforgery antiforgery, string? returnUrl, string? error, string? ticket = null)
    {
        var tokens = antiforgery.GetAndStoreTokens(context);
        var html = HtmlEncoder.Default;
        var target = IsLocal(returnUrl) ? returnUrl! : "/";
        var hidden = $"""
              <input type="hidden" name="{html.Encode(tokens.FormFieldName)}" value="{html.Encode(tokens.RequestToken ?? "")}">
              <input type="hidden" name="returnUrl" value="{html.Encode(target)}">
            """;
        var form = ticket is null
            ? $"""
            <form method="post" action="/account/login">
            {hidden}
              <label>Account name or e-mail <input name="username" autocomplete="username" required></label>
              <label>Password <input name="password" type="password" autocomplete="current-password" required></label>
              <button type="submit">Sign in</button>
            </form>
            {BelowForm(context, target)}
            """
            : $"""
            <p>Enter the code from your authenticator app, or one of your recovery codes.</p>
            <form method="post" action="/account/login">
            {hidden}
              <input type="hidden" name="ticket" value="{html.Encode(ticket)}">
              <label>Code <input name="code" autocomplete="one-time-code" inputmode="text" required autofocus></label>
              <button type="submit">Verify</button>
            </form>
            """;
        var body = $"""
            <!doctype html>
            <html lang="en"><head><meta charset="utf-8"><title>Sign in · Portal</title></head>
            <body><main><h1>Sign in</h1>
            {(error is null ? "" : $"<p role=\"alert\">{html.Encode(error)}</p>")}
            {form}
            </main></body></html>
            """;
        return TypedResults.Content(body, "text/html; charset=utf-8", statusCode: error is null ? 200 : 400);
    }

    /// <summary>
    /// Extra sign-in choices under the password form (the SSO work adds "Sign in with ..." buttons
    /// here); <paramref name="returnUrl"/> is already checked to be local.
    /// </summary>
    private static string BelowForm(HttpContext context, string returnUrl) => ExternalLoginApi.Buttons(context, returnUrl);

    // Only paths on this site: an open redirect would turn the login page into a phishing aid.
    private static bool IsLocal(string? url) =>
        !string.IsNullOrEmpty(url) && url[0] == '/' && (url.Length == 1 || (url[1] != '/' && url[1] != '\\'));
}
