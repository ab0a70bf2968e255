using System.Buffers.Text;
using System.Globalization;
using System.Linq.Expressions;
using System.Text.Json;
using Assets.Api.Apis.Common;
using Assets.Api.Model;

namespace Assets.Api.Apis.Tickets;

/// <summary>
/// Keyset paging of the ticket list: the position just after a ticket in one sort order, handed out as the
/// page's <c>next</c> and taken back as <c>after</c>. The next page is then "rows after (key, created, id)",
/// a walk of the sort's index from that row, instead of skipping every row before it: page 4,000 costs what
/// page 1 does. Opaque to callers (base64url of JSON); it names its sort, so it cannot be used with another.
/// </summary>
public sealed record TicketCursor(string Sort, string Key, DateTimeOffset CreatedAt, Guid Id)
{
    /// <summary>The sort as the list's <c>sort</c> parameter writes it: "-priority", "title".</summary>
    public static string SortToken(ListQuery list) => (list.Descending ? "-" : "") + list.SortKey;

    public static string After(Ticket ticket, ListQuery list)
    {
        var key = list.SortKey switch
        {
            "updatedAt" => ticket.UpdatedAt.ToString("O", CultureInfo.InvariantCulture),
            "priority" => ticket.PriorityRank.ToString(CultureInfo.InvariantCulture),
            "status" => ticket.StatusRank.ToString(CultureInfo.InvariantCulture),
            "title" => ticket.Title,
            _ => ticket.CreatedAt.ToString("O", CultureInfo.InvariantCulture),
        };
        var json = JsonSerializer.SerializeToUtf8Bytes(new TicketCursor(SortToken(list), key, ticket.CreatedAt, ticket.Id));
        return Base64Url.EncodeToString(json);
    }

    /// <summary>Null when <paramref name="value"/> is absent; a field error when it is not a cursor of this sort.</summary>
    public static TicketCursor? Parse(string? value, ListQuery list, ValidationErrors errors)
    {
        if (string.IsNullOrEmpty(value))
        {
            return null;
        }

        TicketCursor? cursor = null;
        try
        {
            cursor = JsonSerializer.Deserialize<TicketCursor>(Base64Url.DecodeFromChars(value));
        }
        catch (Exception e) when (e is FormatException or JsonException)
        {
        }

        if (cursor is null || cursor.Sort != SortToken(list) || cursor.Key is null || !cursor.KeyFits(list.SortKey))
        {
            errors.Add("after", TicketProblems.CursorNotOfThisList);
            return null;
        }

        return cursor;
    }

    /// <summary>
    /// The tickets after this one in the list's order: the row (key, created, id) compared with this one's, all one
    /// way, as the indexes run. When the list is about <paramref name="oneCustomer"/>, the customer leads the row:
    /// only the customer's index (customer, key, created, id) can then serve the comparison, and PostgreSQL, which
    /// cannot estimate a row comparison, would otherwise walk the provider-wide index and skip the other customers'
    /// tickets (8,000 of them to fill a deep page at a million tickets: 16 ms instead of 1).
    /// </summary>
    public IQueryable<Ticket> Seek(IQueryable<Ticket> query, ListQuery list, Guid? oneCustomer)
    {
        var row = list.SortKey switch
        {
            "updatedAt" => Row((Ticket t) => t.UpdatedAt, Time(Key)),
            "priority" => Row((Ticket t) => t.PriorityRank, Rank(Key)),
            "status" => Row((Ticket t) => t.StatusRank, Rank(Key)),
            "title" => Row((Ticket t) => t.Title, Key),
            _ => [],
        };
        row.Add(Column((Ticket t) => t.CreatedAt, CreatedAt));
        row.Add(Column((Ticket t) => t.Id, Id));
        if (oneCustomer is { } customer)
        {
            row.Insert(0, Column((Ticket t) => t.CustomerId, customer));
        }

        return query.Where(RowComparison.After(row, list.Descending));
    }

    private static List<RowComparison.Column<Ticket>> Row<T>(Expression<Func<Ticket, T>> key, T value) => [Column(key, value)];

    private static RowComparison.Column<Ticket> Column<T>(Expression<Func<Ticket, T>> column, T value) => RowComparison.Of(column, value);

    private bool KeyFits(string sortKey) => sortKey switch
    {
        "updatedAt" or "createdAt" => DateTimeOffset.TryParse(Key, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out _),
        "priority" or "status" => short.TryParse(Key, NumberStyles.None, CultureInfo.InvariantCulture, out _),
        _ => true,
    };

    private static DateTimeOffset Time(string key) => DateTimeOffset.Parse(key, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind);

    private static short Rank(string key) => short.Parse(key, NumberStyles.None, CultureInfo.InvariantCulture);
}
