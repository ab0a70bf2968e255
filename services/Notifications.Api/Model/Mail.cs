namespace Notifications.Api.Model;

/// <summary>
/// One e-mail to one recipient, recorded before it is sent: the sender delivers it from here, and
/// (event, recipient) is unique, so a redelivered event cannot produce a second mail.
/// </summary>
public sealed class Mail
{
    public Guid Id { get; set; }

    /// <summary>The integration event the mail was written for.</summary>
    public Guid MessageId { get; set; }

    public Guid? UserId { get; set; }

    /// <summary>The organization the mail concerns (the user's, or the customer of the device or ticket), for the status API.</summary>
    public Guid? OrganizationId { get; set; }

    /// <summary>The business category (devices, tickets, videoSessions, codes); null for account mails, which cannot be switched off.</summary>
    public string? Category { get; set; }

    /// <summary>The one-click unsubscribe link of a business mail (List-Unsubscribe header).</summary>
    public string? UnsubscribeUrl { get; set; }
    public required string Recipient { get; set; }

    /// <summary>The template, e.g. <c>invitation</c>.</summary>
    public required string Kind { get; set; }

    public required string Language { get; set; }
    public required string Subject { get; set; }
    public required string HtmlBody { get; set; }
    public required string TextBody { get; set; }
    public MailStatus Status { get; set; }
    public int Attempts { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset NextAttemptAt { get; set; }
    public DateTimeOffset? SentAt { get; set; }

    /// <summary>Why the last attempt failed (SMTP unreachable, rejected), for operators.</summary>
    public string? LastError { get; set; }
}
