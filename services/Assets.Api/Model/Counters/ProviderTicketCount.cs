namespace Assets.Api.Model.Counters;

/// <summary>How many live (not archived) tickets a provider has in one status with one priority, over all its customers.</summary>
public sealed class ProviderTicketCount : IProviderCounter
{
    public Guid ProviderId { get; init; }
    public required string Status { get; init; }
    public required string Priority { get; init; }
    public int Count { get; init; }
}
