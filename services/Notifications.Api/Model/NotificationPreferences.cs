namespace Notifications.Api.Model;

/// <summary>
/// Which business e-mails a user gets. No row means the defaults: every category on. Account mails
/// (invitation, passwords, e-mail changes) are not here: they cannot be switched off.
/// </summary>
public sealed class NotificationPreferences
{
    public Guid UserId { get; set; }
    public bool Devices { get; set; } = true;
    public bool Tickets { get; set; } = true;
    public bool VideoSessions { get; set; } = true;
    public bool Codes { get; set; } = true;
    public DateTimeOffset UpdatedAt { get; set; }
}
