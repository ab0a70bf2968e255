namespace Assets.Api.Model.Counters;

/// <summary>
/// A figure PostgreSQL keeps per customer as tickets and devices change (triggers of the migration
/// KpiCountersAndSortIndexes, rebuilt by <c>rebuild_kpi_counters()</c>): reading it costs the same at ten thousand
/// and ten million tickets. The service only reads counters; it never writes them.
/// </summary>
public interface ICustomerCounter : ICustomerOwned
{
    /// <summary>How many of the customer's live tickets or devices the row stands for.</summary>
    int Count { get; }
}
