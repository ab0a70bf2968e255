using Notifications.Api.Model;

namespace Notifications.Api.Apis;

/// <summary>Delivery status as the API names it: a pending mail already tried is <c>failed-retrying</c>.</summary>
public static class MailStatuses
{
    public const string Pending = "pending";
    public const string Sent = "sent";
    public const string FailedRetrying = "failed-retrying";
    public const string Cancelled = "cancelled";

    public static readonly IReadOnlyList<string> All = [Pending, Sent, FailedRetrying, Cancelled];

    public static string Of(MailStatus status, int attempts) => status switch
    {
        MailStatus.Sent => Sent,
        MailStatus.Cancelled => Cancelled,
        _ => attempts > 0 ? FailedRetrying : Pending,
    };

    public static IQueryable<Mail> WhereStatus(this IQueryable<Mail> mails, string status) => status switch
    {
        Sent => mails.Where(m => m.Status == MailStatus.Sent),
        Cancelled => mails.Where(m => m.Status == MailStatus.Cancelled),
        FailedRetrying => mails.Where(m => m.Status == MailStatus.Pending && m.Attempts > 0),
        _ => mails.Where(m => m.Status == MailStatus.Pending && m.Attempts == 0),
    };
}
