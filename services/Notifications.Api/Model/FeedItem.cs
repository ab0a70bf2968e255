namespace Notifications.Api.Model;

/// <summary>One notification in a user's in-app feed; every notification lands here, mail or not.</summary>
public sealed class FeedItem
{
    public Guid Id { get; set; }
    public Guid UserId { get; set; }

    /// <summary>The integration event it was written for: one item per event and user.</summary>
    public Guid MessageId { get; set; }

    /// <summary>What happened, e.g. <c>invitation</c> (the mail kind for account notifications).</summary>
    public required string Kind { get; set; }

    /// <summary>The headline in the user's language (the mail's subject).</summary>
    public required string Title { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? ReadAt { get; set; }
}
