using Assets.Api.Apis.Common;
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
/// own devices are read (<see cref="OneCustomerSearch"/>).
/// </summary>
public static class DeviceSearch
{
    /// <summary>
    /// The column's definition. The unit separator between the fields cannot come from a caller (control characters
    /// are refused), so a match never spans two fields.
    /// </summary>
    public const string SearchTextSql = "lower(name || chr(31) || coalesce(serial_number, '') || chr(31) || coalesce(model, ''))";

    public static async Task<IQueryable<Device>> MatchingAsync(
        IQueryable<Device> query, string text, CallerScope scope, Guid? customerId, AssetsDbContext db, CancellationToken cancellationToken)
    {
        // PostgreSQL lower-cases the column (C.UTF-8), .NET the text: both map the letters people type the same way.
        var pattern = LikePattern.Containing(text.ToLowerInvariant());
        if (await OneCustomerSearch.ReadsTheCustomersRowsAsync(db.DeviceCounts, scope, customerId, cancellationToken))
        {
            // `+ ""` keeps the column out of the trigram index's reach: the planner reads the customer's rows.
            return query.Where(d => EF.Functions.Like(d.SearchText + "", pattern, LikePattern.EscapeCharacter));
        }

        return query.Where(d => EF.Functions.Like(d.SearchText, pattern, LikePattern.EscapeCharacter));
    }
}
