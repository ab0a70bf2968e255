namespace Assets.Api.Model.Counters;

/// <summary>How many live (not archived) tickets a customer has in one status with one priority.</summary>
public sealed class TicketCount : ICustomerCounter
{
    public Guid CustomerId { get; init; }
    public required string Status { get; init; }
    public required string Priority { get; init; }
    public int Count { get; init; }
}
