using System.Linq.Expressions;
using Identity.Api.Infrastructure;
using Identity.Api.Model;
using Microsoft.EntityFrameworkCore;

namespace Identity.Api.Application;

/// <summary>
/// The states of <see cref="SupportAccessRequest.Status"/> as query predicates, so that lists filter and "view as"
/// checks in the database what the API shows.
/// </summary>
public static class SupportAccessWindows
{
    /// <summary>The staff member's approved, unexpired and unended window for the customer, if there is one.</summary>
    public static Task<SupportAccessRequest?> ActiveAsync(IdentityDbContext db, Guid staffUserId, Guid customerId, DateTimeOffset now, CancellationToken cancellationToken) =>
        db.SupportAccessRequests.AsNoTracking()
            .Where(r => r.RequestedByUserId == staffUserId && r.CustomerId == customerId)
            .Where(InState(SupportAccessStatus.Active, now))
            .OrderByDescending(r => r.ApprovedUntil)
            .FirstOrDefaultAsync(cancellationToken);

    /// <summary>Whether a token issued under <paramref name="requestId"/> may still be used.</summary>
    public static Task<bool> IsActiveAsync(IdentityDbContext db, Guid requestId, DateTimeOffset now, CancellationToken cancellationToken) =>
        db.SupportAccessRequests.Where(r => r.Id == requestId).Where(InState(SupportAccessStatus.Active, now)).AnyAsync(cancellationToken);

    /// <summary>The staff member's pending or active request for the customer (the states' own predicates, not a copy of them).</summary>
    public static async Task<bool> HasOpenAsync(IdentityDbContext db, Guid staffUserId, Guid customerId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var theirs = db.SupportAccessRequests.Where(r => r.RequestedByUserId == staffUserId && r.CustomerId == customerId);
        return await theirs.Where(InState(SupportAccessStatus.Pending, now)).AnyAsync(cancellationToken)
            || await theirs.Where(InState(SupportAccessStatus.Active, now)).AnyAsync(cancellationToken);
    }

    public static Expression<Func<SupportAccessRequest, bool>> InState(string status, DateTimeOffset now)
    {
        var pendingSince = now - SupportAccessRequest.PendingLifetime;
        return status switch
        {
            SupportAccessStatus.Pending => r => r.Approved == null && r.EndedAt == null && r.RequestedAt > pendingSince,
            SupportAccessStatus.Active => r => r.Approved == true && r.EndedAt == null && r.ApprovedUntil > now,
            SupportAccessStatus.Refused => r => r.Approved == false,
            SupportAccessStatus.Ended => r => r.Approved == true && r.EndedAt != null,
            SupportAccessStatus.Withdrawn => r => r.Approved == null && r.EndedAt != null,
            SupportAccessStatus.Expired => r => r.EndedAt == null
                && ((r.Approved == true && r.ApprovedUntil <= now) || (r.Approved == null && r.RequestedAt <= pendingSince)),
            _ => throw new ArgumentOutOfRangeException(nameof(status), status, "Not a support access state."),
        };
    }
}
