namespace Assets.Api.Model.Counters;

/// <summary>How many of a customer's live tickets were opened in one calendar month (UTC).</summary>
public sealed class TicketsOpenedInMonth : ICustomerCounter
{
    public Guid CustomerId { get; init; }

    /// <summary>The month's first day.</summary>
    public DateOnly Month { get; init; }

    public int Count { get; init; }
}
