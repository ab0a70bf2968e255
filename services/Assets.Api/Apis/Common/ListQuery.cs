using Portal.ServiceDefaults.Errors;
using Portal.ServiceDefaults.Text;

namespace Assets.Api.Apis.Common;

/// <summary>Paging, sorting and text search, common to every list; parsed by hand so bad values name their field.</summary>
public sealed record ListQuery(int Page, int PageSize, string SortKey, bool Descending, string? Text)
{
    public const int MaxPageSize = 200;
    public const int DefaultPageSize = 25;
    public const int MaxTextLength = 200;

    public int Skip => (Page - 1) * PageSize;

    /// <summary>The text as a LIKE pattern matching anywhere, the input's wildcards taken literally (<see cref="LikePattern"/>).</summary>
    public string? TextPattern => Text is null ? null : LikePattern.Containing(Text);

    /// <param name="sortKeys">Allowed sort keys; the first is the default. "-key" sorts descending.</param>
    public static ListQuery Parse(string? page, string? pageSize, string? sort, string? text, IReadOnlyList<string> sortKeys, bool defaultDescending, ValidationErrors errors)
    {
        var pageNumber = 1;
        if (page is not null && (!int.TryParse(page, out pageNumber) || pageNumber < 1 || pageNumber > 100_000))
        {
            errors.Add("page", AssetsFieldMessages.PageOutOfRange);
            pageNumber = 1;
        }

        var size = DefaultPageSize;
        if (pageSize is not null && (!int.TryParse(pageSize, out size) || size < 1 || size > MaxPageSize))
        {
            errors.Add("pageSize", AssetsFieldMessages.PageSizeOutOfRange.Format(MaxPageSize));
            size = DefaultPageSize;
        }

        var key = sortKeys[0];
        var descending = defaultDescending;
        if (!string.IsNullOrWhiteSpace(sort))
        {
            descending = sort.StartsWith('-');
            key = sort.TrimStart('-', '+');
            if (!sortKeys.Contains(key))
            {
                errors.Add("sort", AssetsFieldMessages.UnknownSortKey.Format(string.Join(", ", sortKeys)));
                key = sortKeys[0];
            }
        }

        var search = text?.Trim();
        if (search?.Length > MaxTextLength)
        {
            errors.Add("text", CommonFieldMessages.TooLong.Format(MaxTextLength));
        }

        return new ListQuery(pageNumber, size, key, descending, string.IsNullOrEmpty(search) ? null : search);
    }
}
