namespace Assets.Api.Apis.Common;

/// <summary>One page of a list, with the total count of what matched the filter.</summary>
/// <param name="TotalIsExact">
/// False when counting every match would cost more than the page itself (a search across a provider's million tickets):
/// then <paramref name="Total"/> is a lower bound ("more than 1,000") and the pages beyond it can still be asked for.
/// </param>
/// <param name="Next">
/// Where the page after this one starts, for lists with keyset paging (tickets): pass it as <c>after</c>; null on the
/// last page and for the other lists.
/// </param>
public sealed record PagedResponse<T>(int Page, int PageSize, int Total, bool TotalIsExact, IReadOnlyList<T> Items, string? Next = null)
{
    public PagedResponse(int page, int pageSize, ListTotal total, IReadOnlyList<T> items, string? next = null)
        : this(page, pageSize, total.Count, total.IsExact, items, next)
    {
    }
}
