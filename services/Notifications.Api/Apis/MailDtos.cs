namespace Notifications.Api.Apis;

/// <summary>
/// One recorded mail and how its delivery stands: <c>pending</c> (not tried yet), <c>sent</c>,
/// <c>failed-retrying</c> (SMTP refused or unreachable; tried again with back-off) or <c>cancelled</c>
/// (its recipient was deleted first). A deleted user's mails keep their status without address.
/// </summary>
public sealed record MailResponse(
    Guid Id,
    string Kind,
    string? Category,
    Guid? RecipientUserId,
    string Recipient,
    string Language,
    string Status,
    int Attempts,
    DateTimeOffset CreatedAt,
    DateTimeOffset? SentAt);

public sealed record MailPageResponse(IReadOnlyList<MailResponse> Items, int Page, int PageSize, int Total);
