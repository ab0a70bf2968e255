namespace Portal.ServiceDefaults.Messaging;

/// <summary>Records that a consumer has handled a message, so a redelivery changes nothing.</summary>
public sealed class ProcessedMessage
{
    public Guid MessageId { get; init; }
    public required string Consumer { get; init; }
    public DateTimeOffset ProcessedAt { get; init; }
}
