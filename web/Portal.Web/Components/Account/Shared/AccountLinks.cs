using Microsoft.AspNetCore.WebUtilities;
using Portal.Web.Authentication;

namespace Portal.Web.Components.Account.Shared;

/// <summary>Links between the account pages keep the page's language.</summary>
public static class AccountLinks
{
    /// <summary>
    /// Straight into the sign-in (not the start page with a second "Sign in"), in the page's language, with the
    /// account name prefilled where identity told it; after signing in, the start page sends the person on to
    /// their portal. Such links need <c>data-enhance-nav="false"</c>: the sign-in leaves the app.
    /// </summary>
    public static string SignIn(AccountLocalizer text, string? accountName = null) =>
        QueryHelpers.AddQueryString(PortalAuthentication.SignInPath, new Dictionary<string, string?>
        {
            [SignInEndpoints.CultureParameter] = text.Language,
            [SignInEndpoints.LoginHintParameter] = string.IsNullOrWhiteSpace(accountName) ? null : accountName,
        }.Where(p => p.Value is not null));

    public static string ForgotPassword(AccountLocalizer text) =>
        $"/account/forgot-password?{AccountLocalizer.LanguageParameter}={text.Language}";
}
