namespace Assets.Api.Model;

/// <summary>One change of a ticket: which field, from what, to what, by whom, when.</summary>
public sealed class TicketHistoryEntry
{
    public long Id { get; init; }
    public Guid TicketId { get; init; }
    public Guid ActorId { get; init; }
    public required string Change { get; init; }
    public string? From { get; init; }
    public string? To { get; init; }
    public DateTimeOffset At { get; init; }
}
