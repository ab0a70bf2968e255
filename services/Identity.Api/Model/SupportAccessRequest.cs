namespace Identity.Api.Model;

/// <summary>
/// Provider staff asking a customer to let them "view as" one of its users for a while (DOMAIN.md,
/// "Support access"). Independent customers always decide; managed customers when their security policy
/// says so (<see cref="Organization.SupportAccessNeedsApproval"/>). The customer's administrators approve
/// or refuse it and may end an approved window at any time; nothing of it is ever deleted, so the customer
/// sees its open, past and refused requests.
/// </summary>
public sealed class SupportAccessRequest
{
    public const int ReasonMaxLength = 500;
    public const int MinimumMinutes = 15;

    /// <summary>The longest window a customer can be asked for (8 hours).</summary>
    public const int MaximumMinutes = 8 * 60;

    /// <summary>A request nobody answered lapses after a day: an old question is not approved by accident.</summary>
    public static readonly TimeSpan PendingLifetime = TimeSpan.FromHours(24);

    public Guid Id { get; init; }
    public Guid CustomerId { get; init; }
    public Guid ProviderId { get; init; }

    /// <summary>The staff member who asked, and the only one the approval lets in.</summary>
    public Guid RequestedByUserId { get; init; }

    /// <summary>The customer user to be viewed as: named by the request or by the approver.</summary>
    public Guid? SubjectUserId { get; set; }

    public required string Reason { get; init; }
    public int DurationMinutes { get; init; }
    public bool FullAccess { get; init; }
    public DateTimeOffset RequestedAt { get; init; }

    /// <summary>Set when approved or refused.</summary>
    public DateTimeOffset? DecidedAt { get; set; }
    public Guid? DecidedByUserId { get; set; }
    public bool? Approved { get; set; }
    public string? RefusalReason { get; set; }

    /// <summary>Approved: the window's end (the approval plus the duration asked for).</summary>
    public DateTimeOffset? ApprovedUntil { get; set; }

    /// <summary>Ended early by the customer, or withdrawn by the requester before an answer.</summary>
    public DateTimeOffset? EndedAt { get; set; }
    public Guid? EndedByUserId { get; set; }

    public string Status(DateTimeOffset now) => this switch
    {
        { Approved: false } => SupportAccessStatus.Refused,
        { EndedAt: not null, Approved: null } => SupportAccessStatus.Withdrawn,
        { EndedAt: not null } => SupportAccessStatus.Ended,
        { Approved: true, ApprovedUntil: { } until } => until > now ? SupportAccessStatus.Active : SupportAccessStatus.Expired,
        _ => RequestedAt + PendingLifetime > now ? SupportAccessStatus.Pending : SupportAccessStatus.Expired,
    };

    public bool IsActive(DateTimeOffset now) => Status(now) == SupportAccessStatus.Active;

    /// <summary>Pending or active: the requester has nothing to ask again.</summary>
    public bool IsOpen(DateTimeOffset now) => Status(now) is SupportAccessStatus.Pending or SupportAccessStatus.Active;
}

/// <summary>The states of a support access request, as the API names them.</summary>
public static class SupportAccessStatus
{
    public const string Pending = "pending";
    public const string Active = "active";
    public const string Refused = "refused";
    public const string Ended = "ended";
    public const string Withdrawn = "withdrawn";
    public const string Expired = "expired";

    public static readonly IReadOnlyList<string> All = [Pending, Active, Refused, Ended, Withdrawn, Expired];
}
