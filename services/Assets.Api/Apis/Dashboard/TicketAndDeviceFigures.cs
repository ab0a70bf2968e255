namespace Assets.Api.Apis.Dashboard;

/// <summary>
/// The dashboard's figures about tickets and devices, whichever way they were read
/// (<see cref="CountedFigures"/> or <see cref="ScannedFigures"/>): both must give the same.
/// </summary>
public sealed record TicketAndDeviceFigures(
    IReadOnlyDictionary<string, int> OpenTicketsByPriority,
    IReadOnlyDictionary<string, int> DevicesByStatus,
    ResolutionTotals ResolvedInLast30Days,
    ResolutionTotals ResolvedInLast90Days,
    IReadOnlyDictionary<DateOnly, int> TicketsOpenedPerMonth,
    IReadOnlyDictionary<Guid, int> OpenTicketsPerCustomer,
    IReadOnlyDictionary<Guid, int> DevicesPerCustomer);

/// <summary>How many tickets were resolved, and their opening-to-resolving times added up.</summary>
public sealed record ResolutionTotals(int Count, decimal SecondsToResolve)
{
    public static readonly ResolutionTotals None = new(0, 0);

    /// <summary>Mean hours, two decimals; null when none was resolved.</summary>
    public double? MeanHours => Count == 0 ? null : Math.Round((double)(SecondsToResolve / Count) / 3600, 2);
}
