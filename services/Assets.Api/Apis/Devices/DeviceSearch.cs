using Assets.Api.Infrastructure;
using Assets.Api.Model;
using Assets.Api.Scoping;
using Microsoft.EntityFrameworkCore;
using Portal.ServiceDefaults.Text;

namespace Assets.Api.Apis.Devices;

/// <summary>
/// <c>text=</c> on the device list: name, serial number or model contains the text, in any case. The three fields
/// are kept lower-cased in one column (<see cref="Device.SearchText"/>), so a device costs one LIKE instead of three
/// ILIKEs: that decides the cost when a frequent word ("pump" in a fifth of 100,000 devices) has to be checked in
/// tens of thousands of rows (41 -> 15 ms for the provider's list by name). Within one customer of ordinary size its
/// own devices are read, as for tickets (<c>TicketSearch</c>): the trigram index would hand over every customer's
/// matches first.
/// </summary>
public static class DeviceSearch
{
    /// <summary>
    /// The column's definition. The unit separator between the fields cannot come from a caller (control characters
    /// are refused), so a match never spans two fields.
    /// </summary>
    public const string SearchTextSql = "lower(name || chr(31) || coalesce(serial_number, '') || chr(31) || coalesce(model, ''))";

    /// <summary>Up to this many devices (the KPI counters know how many a customer has) a customer's rows are read.</summary>
    public const int ReadCustomerRowsUpTo = 20_000;

    public static async Task<IQueryable<Device>> MatchingAsync(
        IQueryable<Device> query, string text, CallerScope scope, Guid? customerId, AssetsDbContext db, CancellationToken cancellationToken)
    {
        // PostgreSQL lower-cases the column (C.UTF-8), .NET the text: both map the letters people type the same way.
        var pattern = LikePattern.Containing(text.ToLowerInvariant());
        if (scope.OnlyCustomer(customerId) is { } id
            && await db.DeviceCounts.AsNoTracking().Where(c => c.CustomerId == id).SumAsync(c => c.Count, cancellationToken) <= ReadCustomerRowsUpTo)
        {
            // `+ ""` keeps the column out of the trigram index's reach: the planner reads the customer's rows.
            return query.Where(d => EF.Functions.Like(d.SearchText + "", pattern, LikePattern.EscapeCharacter));
        }

        return query.Where(d => EF.Functions.Like(d.SearchText, pattern, LikePattern.EscapeCharacter));
    }
}
