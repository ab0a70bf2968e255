namespace Portal.Web.Tests.Account;

/// <summary>The paths of the account pages, as identity's links name them.</summary>
public static class AccountPages
{
    public const string AcceptInvitation = "account/accept-invitation";
    public const string SetPassword = "account/set-password";
    public const string ForgotPassword = "account/forgot-password";
    public const string ResetPassword = "account/reset-password";
    public const string ConfirmEmail = "account/confirm-email";
    public const string ReportEmailChange = "account/report-email-change";

    /// <summary>Long, uncommon, and no composition rules to satisfy (identity follows NIST SP 800-63B).</summary>
    public static string NewPassword() => $"a long sentence is a good password {Guid.NewGuid():N}"[..48];
}
