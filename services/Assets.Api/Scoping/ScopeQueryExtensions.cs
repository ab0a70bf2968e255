using Assets.Api.Model;
using Assets.Api.Model.Counters;

namespace Assets.Api.Scoping;

public static class ScopeQueryExtensions
{
    /// <summary>Only what the caller may see: their customers, narrowed to their assigned objects.</summary>
    public static IQueryable<T> VisibleTo<T>(this IQueryable<T> query, CallerScope scope) where T : class, IScopedAsset
    {
        query = query.OfCallerProviderOrCustomers(scope);
        if (scope.ObjectIds is { } objects)
        {
            query = query.Where(x => objects.Contains(x.ObjectId));
        }

        return query;
    }

    public static IQueryable<Site> VisibleTo(this IQueryable<Site> query, CallerScope scope)
    {
        query = query.OfCallerProviderOrCustomers(scope);
        if (scope.ObjectIds is { } objects)
        {
            query = query.Where(o => objects.Contains(o.Id));
        }

        return query;
    }

    /// <summary>
    /// The caller's customers' counters. Counters are per customer, so they serve only callers who see
    /// every object of their customers; one limited to some objects needs the rows themselves.
    /// </summary>
    public static IQueryable<T> OfCustomersOf<T>(this IQueryable<T> query, CallerScope scope) where T : class, ICustomerCounter
    {
        if (scope.ObjectIds is not null)
        {
            throw new InvalidOperationException("Per-customer counters cannot answer a caller limited to some objects.");
        }

        return query.OfCallerCustomers(scope);
    }

    // Staff who see the whole provider: one equality (the provider's rows), minus archived customers if any.
    // Checking "= ANY(@ids)" with hundreds of ids on every row cost in proportion to the number of customers.
    private static IQueryable<T> OfCallerProviderOrCustomers<T>(this IQueryable<T> query, CallerScope scope) where T : class, IScopedAsset
    {
        if (scope.WholeProvider is not { } provider)
        {
            return query.OfCallerCustomers(scope);
        }

        var providerId = provider.ProviderId;
        var archived = provider.ArchivedCustomerIds;
        query = query.Where(x => x.ProviderId == providerId);
        return archived.Length == 0 ? query : query.Where(x => !archived.Contains(x.CustomerId));
    }

    // One customer is an equality the planner can use as an index condition; many are "= ANY(@ids)".
    private static IQueryable<T> OfCallerCustomers<T>(this IQueryable<T> query, CallerScope scope) where T : class, ICustomerOwned
    {
        var customers = scope.CustomerIds;
        return customers.Length == 1
            ? query.Where(x => x.CustomerId == customers[0])
            : query.Where(x => customers.Contains(x.CustomerId));
    }
}
