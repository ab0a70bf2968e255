using System.Security.Claims;
using Identity.Api.Application;
using Identity.Api.Infrastructure;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;

namespace Identity.Api.Apis;

/// <summary>
/// The interactive sign-in for the authorization code flow: a form that sets identity's own cookie and
/// returns to <c>/connect/authorize</c>. Accounts with two-factor get a second step that asks for the
/// code (or a recovery code). The page speaks the person's language and, when the sign-in started at a
/// customer's address, names the customer (<see cref="LoginPageLanguage"/>, <see cref="LoginPageCustomer"/>).
/// </summary>
public static class LoginPage
{
    public const string Path = "/account/login";


    public static IEndpointRouteBuilder MapLoginPage(this IEndpointRouteBuilder app)
    {
        app.MapGet(Path, Show).WithName("LoginPage").ExcludeFromDescription().AllowAnonymous();
        app.MapPost(Path, Submit).WithName("Login").ExcludeFromDescription().AllowAnonymous().DisableAntiforgery();
        app.MapLoginPageStylesheet();
        return app;
    }

    /// <summary>The login page's own address for a (local) return address, in the given language.</summary>
    public static string Address(string returnUrl, string? lang) =>
        LoginPageLanguage.ActionFor(Path, lang) + (lang is null ? "?" : "&") + "returnUrl=" + Uri.EscapeDataString(returnUrl);

    public static async Task<IResult> Show(HttpContext context, IAntiforgery antiforgery, IdentityDbContext db, string? returnUrl, string? lang)
    {
        var view = await ViewAsync(context, antiforgery, db, returnUrl, lang);
        return Render(view, view.PasswordStep(ExternalLoginApi.Buttons(context, view.ReturnUrl, view.Texts)));
    }

    public static async Task<IResult> Submit(
        HttpContext context, IAntiforgery antiforgery, IdentityDbContext db, PasswordSignIn signIn, TwoFactorTickets tickets, string? lang)
    {
        if (!context.Request.HasFormContentType)
        {
            return TypedResults.BadRequest();
        }

        IFormCollection form;
        try
        {
            form = await context.Request.ReadFormAsync(context.RequestAborted);
        }
        catch (InvalidDataException)
        {
            // ASP.NET Core's form reader refuses a NUL in a field. No account name holds one, so the page
            // answers as for a wrong name, in its own format.
            var refused = await ViewAsync(context, antiforgery, db, returnUrl: null, lang);
            return PasswordStepAgain(context, refused with { Error = refused.Texts.Refusal(new SignInAttempt(SignInOutcome.InvalidCredentials)) });
        }

        if (!await antiforgery.IsRequestValidAsync(context))
        {
            return TypedResults.BadRequest();
        }

        var view = await ViewAsync(context, antiforgery, db, form["returnUrl"], lang);
        if (form.ContainsKey("ticket"))
        {
            return await SubmitCodeAsync(context, view, signIn, tickets, form["ticket"], form["code"]);
        }

        var attempt = await signIn.AttemptAsync(form["username"], form["password"], code: null, SignInAuditDetails.LoginPage, context.RequestAborted);
        return attempt.Outcome switch
        {
            SignInOutcome.Succeeded => await SignInAsync(context, attempt, view.ReturnUrl),
            SignInOutcome.TwoFactorCodeNeeded => Render(view, view.CodeStep(tickets.Issue(attempt.Access!.User.Id))),
            _ => PasswordStepAgain(context, view with { Error = view.Texts.Refusal(attempt) }),
        };
    }

    private static async Task<IResult> SubmitCodeAsync(
        HttpContext context, LoginPageView view, PasswordSignIn signIn, TwoFactorTickets tickets, string? ticket, string? code)
    {
        if (tickets.Read(ticket) is not { } userId)
        {
            return PasswordStepAgain(context, view with { Error = view.Texts.TookTooLong });
        }

        var attempt = await signIn.CompleteWithCodeAsync(userId, code, SignInAuditDetails.LoginPage, context.RequestAborted);
        var refused = view with { Error = view.Texts.Refusal(attempt) };
        return attempt.Outcome switch
        {
            SignInOutcome.Succeeded => await SignInAsync(context, attempt, view.ReturnUrl),
            SignInOutcome.InvalidTwoFactorCode or SignInOutcome.LockedOut => Render(refused, refused.CodeStep(ticket!)),
            _ => PasswordStepAgain(context, refused),
        };
    }

    private static async Task<IResult> SignInAsync(HttpContext context, SignInAttempt attempt, string returnUrl)
    {
        await IdentitySession.StartAsync(context, attempt.Access!.User.Id, at => SignInProof.ByPassword(at, attempt.WithOneTimeCode));
        return TypedResults.LocalRedirect(returnUrl);
    }

    private static async Task<LoginPageView> ViewAsync(
        HttpContext context, IAntiforgery antiforgery, IdentityDbContext db, string? returnUrl, string? lang)
    {
        var target = IsLocal(returnUrl) ? returnUrl! : "/";
        var texts = LoginPageLanguage.Choose(context.Request, target, lang);
        var customerName = await LoginPageCustomer.NameAsync(db, target, context.RequestAborted);
        // Only a language asked for by name is carried to the next step; ui_locales and the browser's come again by themselves.
        var carriedLang = LoginPageLanguage.Supported(lang)?.Language;
        return new LoginPageView(texts, customerName, target, carriedLang, antiforgery.GetAndStoreTokens(context), Error: null)
        {
            LoginHint = LoginHintOf(target),
        };
    }

    /// <summary>The authorization request's <c>login_hint</c>, if it is a plausible account name (one line, not too long).</summary>
    internal static string? LoginHintOf(string returnUrl) =>
        LoginPageLanguage.AuthorizationParameter(returnUrl, "login_hint")?.Trim() is { Length: > 0 and <= 256 } hint
        && !Portal.ServiceDefaults.Text.ControlCharacters.AreIn(hint)
            ? hint
            : null;

    private static IResult PasswordStepAgain(HttpContext context, LoginPageView view) =>
        Render(view, view.PasswordStep(ExternalLoginApi.Buttons(context, view.ReturnUrl, view.Texts)));

    private static IResult Render(LoginPageView view, LoginPageHtml page) =>
        LoginPageLayout.Result(page, view.Error is null ? StatusCodes.Status200OK : StatusCodes.Status400BadRequest);

    // Only paths on this site: an open redirect would turn the login page into a phishing aid. A control
    // character has no place in one (and would break the redirect's header), so such a target is home.
    internal static bool IsLocal(string? url) =>
        !string.IsNullOrEmpty(url) && url[0] == '/' && (url.Length == 1 || (url[1] != '/' && url[1] != '\\'))
        && !Portal.ServiceDefaults.Text.ControlCharacters.AreIn(url);
}
