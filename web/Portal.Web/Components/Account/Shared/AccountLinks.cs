namespace Portal.Web.Components.Account.Shared;

/// <summary>Links between the account pages keep the page's language.</summary>
public static class AccountLinks
{
    /// <summary>The web app's start page, which starts the sign-in.</summary>
    public const string SignIn = "/";

    public static string ForgotPassword(AccountLocalizer text) =>
        $"/account/forgot-password?{AccountLocalizer.LanguageParameter}={text.Language}";
}
