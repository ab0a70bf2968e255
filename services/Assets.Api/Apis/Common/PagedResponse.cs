namespace Assets.Api.Apis.Common;

/// <summary>One page of a list, with the total count of what matched the filter.</summary>
public sealed record PagedResponse<T>(int Page, int PageSize, int Total, IReadOnlyList<T> Items);
