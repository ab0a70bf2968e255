using Assets.Api.Model.Counters;
using Assets.Api.Scoping;
using Microsoft.EntityFrameworkCore;

namespace Assets.Api.Apis.Common;

/// <summary>
/// Whether a <c>text=</c> search reads one customer's own rows instead of asking the trigram index. For a frequent
/// word the index holds the matches of every customer (about 100,000 entries for "pump" at a million tickets: 35 ms to
/// intersect them with one customer's 4,000 tickets, which read in 10 ms). So a list that is one customer's
/// (<see cref="CallerScope.OnlyCustomer"/>) reads that customer's rows when the KPI counters say it has at most
/// <see cref="ReadCustomerRowsUpTo"/>; a larger customer, and a list across customers, use the index.
/// </summary>
public static class OneCustomerSearch
{
    public const int ReadCustomerRowsUpTo = 20_000;

    public static async Task<bool> ReadsTheCustomersRowsAsync<TCounter>(
        IQueryable<TCounter> counters, CallerScope scope, Guid? customerFilter, CancellationToken cancellationToken)
        where TCounter : class, ICustomerCounter =>
        scope.OnlyCustomer(customerFilter) is { } customerId
        && await counters.AsNoTracking().Where(c => c.CustomerId == customerId).SumAsync(c => c.Count, cancellationToken) <= ReadCustomerRowsUpTo;
}
