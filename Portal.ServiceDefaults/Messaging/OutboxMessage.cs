namespace Portal.ServiceDefaults.Messaging;

/// <summary>
/// An integration event waiting to be published, saved in the same transaction as the change that
/// caused it, so that a change is never published without being saved or saved without being published.
/// </summary>
public sealed class OutboxMessage
{
    /// <summary>Also the MassTransit MessageId, which consumers use to recognise redeliveries.</summary>
    public Guid Id { get; init; }

    /// <summary>Publishing order within the service.</summary>
    public long Sequence { get; init; }

    /// <summary>Full name of the event type in Portal.Contracts.</summary>
    public required string MessageType { get; init; }

    public required string Body { get; init; }
    public DateTimeOffset OccurredAt { get; init; }
    public DateTimeOffset NextAttemptAt { get; set; }
    public DateTimeOffset? SentAt { get; set; }
    public int Attempts { get; set; }
    public string? LastError { get; set; }

    /// <summary>
    /// The W3C traceparent of the operation that added the event (e.g. the HTTP request), so that the
    /// publish and its consumers join that trace although a background loop publishes later.
    /// </summary>
    public string? TraceParent { get; init; }
}
