using Microsoft.EntityFrameworkCore;

namespace Assets.Api.Apis.Common;

/// <summary>How many rows a list's filter matched: exact, or a lower bound when there are very many.</summary>
public readonly record struct ListTotal(int Count, bool IsExact)
{
    /// <summary>
    /// Beyond this many matches a list says "more than" instead of counting on. Counting is a walk over the
    /// matches: a search for a word in one ticket of ten reads about ten rows per match (1,000: about 10 ms;
    /// 10,000 cost 100 ms at a million tickets), and nobody pages through more than a thousand rows.
    /// </summary>
    public const int CountLimit = 1_000;

    public static ListTotal Exact(int count) => new(count, true);

    /// <summary>
    /// Counts at most <see cref="CountLimit"/> + 1 matches: a page of a search over millions of rows must not
    /// cost a count of all of them. Where a list can get an exact count cheaply (the KPI counters), it does.
    /// </summary>
    public static async Task<ListTotal> CountAsync<T>(IQueryable<T> query, CancellationToken cancellationToken)
    {
        var counted = await query.Take(CountLimit + 1).CountAsync(cancellationToken);
        return counted > CountLimit ? new ListTotal(CountLimit, false) : Exact(counted);
    }
}
