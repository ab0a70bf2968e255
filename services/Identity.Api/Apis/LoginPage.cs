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
/// cookie and returns to <c>/connect/authorize</c>. The web app's issue gives it its real look.
/// </summary>
public static class LoginPage
{
    public static IEndpointRouteBuilder MapLoginPage(this IEndpointRouteBuilder app)
    {
        app.MapGet("/account/login", Show).WithName("LoginPage").ExcludeFromDescription().AllowAnonymous();
        app.MapPost("/account/login", Submit).WithName("Login").ExcludeFromDescription().AllowAnonymous().DisableAntiforgery();
        return app;
    }

    public static IResult Show(HttpContext context, IAntiforgery antiforgery, string? returnUrl) =>
        Page(context, antiforgery, returnUrl, error: null);

    public static async Task<IResult> Submit(HttpContext context, IAntiforgery antiforgery, PasswordSignIn signIn)
    {
        if (!context.Request.HasFormContentType || !await antiforgery.IsRequestValidAsync(context))
        {
            return TypedResults.BadRequest();
        }

        var form = await context.Request.ReadFormAsync(context.RequestAborted);
        var returnUrl = form["returnUrl"].ToString();
        var access = await signIn.SignInAsync(form["username"], form["password"], context.RequestAborted);
        if (access is null)
        {
            return Page(context, antiforgery, returnUrl, Apis.ConnectApi.InvalidCredentials);
        }

        var identity = new ClaimsIdentity(IdentityConstants.ApplicationScheme);
        identity.AddClaim(new Claim(ClaimTypes.NameIdentifier, access.User.Id.ToString()));
        await context.SignInAsync(IdentityConstants.ApplicationScheme, new ClaimsPrincipal(identity));
        return TypedResults.LocalRedirect(IsLocal(returnUrl) ? returnUrl : "/");
    }

    private static ContentHttpResult Page(HttpContext context, IAntiforgery antiforgery, string? returnUrl, string? error)
    {
        var tokens = antiforgery.GetAndStoreTokens(context);
        var html = HtmlEncoder.Default;
        var body = $"""
            <!doctype html>
            <html lang="en"><head><meta charset="utf-8"><title>Sign in · Portal</title></head>
            <body><main><h1>Sign in</h1>
            {(error is null ? "" : $"<p role=\"alert\">{html.Encode(error)}</p>")}
            <form method="post" action="/account/login">
              <input type="hidden" name="{html.Encode(tokens.FormFieldName)}" value="{html.Encode(tokens.RequestToken ?? "")}">
              <input type="hidden" name="returnUrl" value="{html.Encode(IsLocal(returnUrl) ? returnUrl! : "/")}">
              <label>Account name or e-mail <input name="username" autocomplete="username" required></label>
              <label>Password <input name="password" type="password" autocomplete="current-password" required></label>
              <button type="submit">Sign in</button>
            </form>{ExternalLoginApi.Buttons(context, returnUrl)}</main></body></html>
            """;
        return TypedResults.Content(body, "text/html; charset=utf-8", statusCode: error is null ? 200 : 400);
    }

    // Only paths on this site: an open redirect would turn the login page into a phishing aid.
    private static bool IsLocal(string? url) =>
        !string.IsNullOrEmpty(url) && url[0] == '/' && (url.Length == 1 || (url[1] != '/' && url[1] != '\\'));
}
