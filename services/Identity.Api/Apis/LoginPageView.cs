using Microsoft.AspNetCore.Antiforgery;

namespace Identity.Api.Apis;

/// <summary>
/// The two steps of the sign-in as HTML: account and password (with the other ways in), then, for
/// accounts with two-factor on, the code. <paramref name="ReturnUrl"/> is already checked to be local.
/// </summary>
public sealed record LoginPageView(LoginPageTexts Texts, string? CustomerName, string ReturnUrl, string? Lang, AntiforgeryTokenSet Tokens, string? Error)
{
    public const string ForgotPasswordPath = "/account/forgot-password";

    public LoginPageHtml PasswordStep(LoginPageHtml externalLogins) => Page(LoginPageHtml.Of($"""
            <form method="post" action="{Action}">
        {Hidden}
              <div class="field">
                <label for="username">{Texts.AccountName}</label>
                {UsernameInput}
              </div>
              <div class="field">
                <label for="password">{Texts.Password}</label>
                {PasswordInput}
              </div>
              <button type="submit">{Texts.SignIn}</button>
            </form>
            <p class="links"><a href="{ForgotPasswordPath}">{Texts.ForgotPassword}</a></p>
        {Others(externalLogins)}
        """));

    public LoginPageHtml CodeStep(string ticket) => Page(LoginPageHtml.Of($"""
            <p class="hint">{Texts.CodeHint}</p>
            <form method="post" action="{Action}">
        {Hidden}
              <input type="hidden" name="ticket" value="{ticket}">
              <div class="field">
                <label for="code">{Texts.Code}</label>
                <input id="code" name="code" autocomplete="one-time-code" inputmode="text" required autofocus>
              </div>
              <button type="submit">{Texts.Verify}</button>
            </form>
            <p class="links"><a href="{LoginPage.Address(ReturnUrl, Lang)}">{Texts.BackToSignIn}</a></p>
        """));

    /// <summary>
    /// The account name the client suggested (OIDC <c>login_hint</c>, e.g. right after the person accepted
    /// their invitation): prefilled, and the cursor waits in the password field instead.
    /// </summary>
    public string? LoginHint { get; init; }

    private LoginPageHtml UsernameInput => string.IsNullOrWhiteSpace(LoginHint)
        ? LoginPageHtml.Of($"""<input id="username" name="username" autocomplete="username" required autofocus>""")
        : LoginPageHtml.Of($"""<input id="username" name="username" autocomplete="username" required value="{LoginHint}">""");

    private LoginPageHtml PasswordInput => string.IsNullOrWhiteSpace(LoginHint)
        ? LoginPageHtml.Of($"""<input id="password" name="password" type="password" autocomplete="current-password" required>""")
        : LoginPageHtml.Of($"""<input id="password" name="password" type="password" autocomplete="current-password" required autofocus>""");

    private string Action => LoginPageLanguage.ActionFor(LoginPage.Path, Lang);

    // The antiforgery token first: it is the form's first hidden field, where scripts and tests look for it.
    private LoginPageHtml Hidden => LoginPageHtml.Of($"""
              <input type="hidden" name="{Tokens.FormFieldName}" value="{Tokens.RequestToken}">
              <input type="hidden" name="returnUrl" value="{ReturnUrl}">
        """);

    private LoginPageHtml Others(LoginPageHtml externalLogins) => externalLogins.Value.Length == 0
        ? LoginPageHtml.Empty
        : LoginPageHtml.Of($"""
            <p class="or">{Texts.Or}</p>
            {externalLogins}
        """);

    private LoginPageHtml Page(LoginPageHtml form)
    {
        var heading = Texts.Heading(CustomerName);
        var alert = Error is null ? LoginPageHtml.Empty : LoginPageHtml.Of($"<p class=\"alert\" role=\"alert\">{Error}</p>");
        return LoginPageLayout.Document(Texts, heading, LoginPageHtml.Of($"""
                <h1>{heading}</h1>
                {alert}
            {form}
            """));
    }
}
