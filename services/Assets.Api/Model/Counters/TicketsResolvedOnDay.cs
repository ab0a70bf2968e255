namespace Assets.Api.Model.Counters;

/// <summary>
/// A customer's live tickets resolved on one day (UTC), and the sum of their times from opening to
/// resolving: a window's mean time to resolve is the sum over its days divided by the count.
/// </summary>
public sealed class TicketsResolvedOnDay : ICustomerCounter
{
    public Guid CustomerId { get; init; }
    public DateOnly Day { get; init; }
    public int Count { get; init; }

    /// <summary>Exact (numeric), so that counting up change by change and recounting agree to the last digit.</summary>
    public decimal SecondsToResolve { get; init; }
}
