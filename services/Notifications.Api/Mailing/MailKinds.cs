namespace Notifications.Api.Mailing;

/// <summary>The mails there are templates for (folder names under <c>Templates/</c>).</summary>
public static class MailKinds
{
    public const string Invitation = "invitation";
    public const string PasswordLink = "password-link";
}
