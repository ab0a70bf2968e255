namespace Notifications.Api.Mailing;

/// <summary>Configuration section <c>Mail</c>; the SMTP server itself is <c>ConnectionStrings:maildev</c>.</summary>
public sealed class MailOptions
{
    public const string SectionName = "Mail";

    public string FromAddress { get; set; } = "portal@portal.local";
    public string FromName { get; set; } = "Portal";

    /// <summary>How often the sender looks for due mails.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Back-off after a failed delivery doubles from <see cref="MinRetryDelay"/> up to this.</summary>
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromMinutes(2);

    public TimeSpan MinRetryDelay { get; set; } = TimeSpan.FromSeconds(1);

    public int BatchSize { get; set; } = 20;
}
