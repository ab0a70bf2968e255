using Assets.Api.Apis.Common;
using Assets.Api.Infrastructure;
using Assets.Api.Scoping;
using Microsoft.EntityFrameworkCore;

namespace Assets.Api.Apis.Devices;

/// <summary>
/// The device list's total. Filtered only by status and customer (the dashboard's "devices in fault" link), the KPI
/// counters know it exactly at any size; any other filter is counted up to <see cref="ListTotal.CountLimit"/>.
/// </summary>
public static class DeviceTotals
{
    public static async Task<ListTotal> FromCountersAsync(
        AssetsDbContext db, CallerScope scope, string? status, Guid? customerId, CancellationToken cancellationToken)
    {
        var counts = db.DeviceCounts.AsNoTracking().OfCustomersOf(scope);
        if (status is not null)
        {
            counts = counts.Where(c => c.Status == status);
        }

        if (customerId is not null)
        {
            counts = counts.Where(c => c.CustomerId == customerId);
        }

        return ListTotal.Exact(await counts.SumAsync(c => c.Count, cancellationToken));
    }
}
