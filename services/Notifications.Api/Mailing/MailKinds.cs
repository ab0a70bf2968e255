namespace Notifications.Api.Mailing;

/// <summary>The mails there are templates for (folder names under <c>Templates/</c>).</summary>
public static class MailKinds
{
    // Account mails: always sent, cannot be switched off.
    public const string Invitation = "invitation";
    public const string PasswordLink = "password-link";
    public const string PasswordReset = "password-reset";
    public const string EmailChangeVerification = "email-change-verification";
    public const string EmailChangedNotice = "email-changed-notice";
    public const string AccountDeactivated = "account-deactivated";
    public const string SupportAccessRequested = "support-access-requested";

    // Business mails: per category, to the customer's users who have it on.
    public const string DeviceRegistered = "device-registered";
    public const string DeviceStatusChanged = "device-status-changed";
    public const string DeviceCodeRegenerated = "device-code-regenerated";
    public const string TicketCreated = "ticket-created";
    public const string TicketStatusChanged = "ticket-status-changed";
    public const string TicketCommentAdded = "ticket-comment-added";
    public const string VideoSessionScheduled = "video-session-scheduled";
    public const string VideoSessionChanged = "video-session-changed";
}
