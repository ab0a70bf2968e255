namespace Notifications.Api.Model;

public enum MailStatus
{
    Pending,
    Sent,
}
