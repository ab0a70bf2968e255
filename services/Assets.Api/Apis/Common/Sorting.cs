using System.Linq.Expressions;

namespace Assets.Api.Apis.Common;

/// <summary>OrderBy / OrderByDescending chosen by a flag, as the lists' "sort=key" and "sort=-key" ask.</summary>
public static class Sorting
{
    public static IOrderedQueryable<T> SortBy<T, TKey>(this IQueryable<T> query, Expression<Func<T, TKey>> key, bool descending) =>
        descending ? query.OrderByDescending(key) : query.OrderBy(key);

    public static IOrderedQueryable<T> ThenSortBy<T, TKey>(this IOrderedQueryable<T> query, Expression<Func<T, TKey>> key, bool descending) =>
        descending ? query.ThenByDescending(key) : query.ThenBy(key);
}
