namespace Assets.Api.Model.Counters;

/// <summary>How many of a provider's live tickets, over all its customers, were opened in one calendar month (UTC).</summary>
public sealed class ProviderTicketsOpenedInMonth : IProviderCounter
{
    public Guid ProviderId { get; init; }

    /// <summary>The month's first day.</summary>
    public DateOnly Month { get; init; }

    public int Count { get; init; }
}
