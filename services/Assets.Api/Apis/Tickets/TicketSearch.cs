using Assets.Api.Apis.Common;
using Assets.Api.Infrastructure;
using Assets.Api.Model;
using Assets.Api.Scoping;
using Microsoft.EntityFrameworkCore;
using Portal.ServiceDefaults.Text;

namespace Assets.Api.Apis.Tickets;

/// <summary>
/// <c>text=</c> on the ticket list: title or description contains the text. Across customers the trigram index
/// finds the matches; within one customer of ordinary size its own tickets are read (<see cref="OneCustomerSearch"/>).
/// </summary>
public static class TicketSearch
{
    public static async Task<IQueryable<Ticket>> MatchingAsync(
        IQueryable<Ticket> query, string pattern, CallerScope scope, Guid? customerId, AssetsDbContext db, CancellationToken cancellationToken)
    {
        if (await OneCustomerSearch.ReadsTheCustomersRowsAsync(db.TicketCounts, scope, customerId, cancellationToken))
        {
            // `|| ''` keeps the columns out of the trigram index's reach: the planner reads the customer's rows.
            return query.Where(t => EF.Functions.ILike(t.Title + "", pattern, LikePattern.EscapeCharacter) || EF.Functions.ILike(t.Description + "", pattern, LikePattern.EscapeCharacter));
        }

        return query.Where(t => EF.Functions.ILike(t.Title, pattern, LikePattern.EscapeCharacter) || EF.Functions.ILike(t.Description, pattern, LikePattern.EscapeCharacter));
    }
}
