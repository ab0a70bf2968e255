using Assets.Api.Model;

namespace Assets.Api.Scoping;

public static class ScopeQueryExtensions
{
    /// <summary>Only what the caller may see: their customers, narrowed to their assigned objects.</summary>
    public static IQueryable<T> VisibleTo<T>(this IQueryable<T> query, CallerScope scope) where T : class, IScopedAsset
    {
        var customers = scope.CustomerIds;
        query = customers.Length == 1
            ? query.Where(x => x.CustomerId == customers[0])
            : query.Where(x => customers.Contains(x.CustomerId));
        if (scope.ObjectIds is { } objects)
        {
            query = query.Where(x => objects.Contains(x.ObjectId));
        }

        return query;
    }

    public static IQueryable<Site> VisibleTo(this IQueryable<Site> query, CallerScope scope)
    {
        var customers = scope.CustomerIds;
        query = customers.Length == 1
            ? query.Where(o => o.CustomerId == customers[0])
            : query.Where(o => customers.Contains(o.CustomerId));
        if (scope.ObjectIds is { } objects)
        {
            query = query.Where(o => objects.Contains(o.Id));
        }

        return query;
    }
}
