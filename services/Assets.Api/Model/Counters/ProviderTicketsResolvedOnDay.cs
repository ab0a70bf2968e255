namespace Assets.Api.Model.Counters;

/// <summary>A provider's live tickets, over all its customers, resolved on one day (UTC), and their summed times to resolve.</summary>
public sealed class ProviderTicketsResolvedOnDay : IProviderCounter
{
    public Guid ProviderId { get; init; }
    public DateOnly Day { get; init; }
    public int Count { get; init; }

    /// <summary>Exact (numeric), as <see cref="TicketsResolvedOnDay.SecondsToResolve"/>.</summary>
    public decimal SecondsToResolve { get; init; }
}
