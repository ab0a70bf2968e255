namespace Notifications.Api.Model;

public enum MailStatus
{
    Pending,
    Sent,

    /// <summary>Never sent: the recipient was deleted before delivery.</summary>
    Cancelled,
}
