using Assets.Api.Infrastructure;
using Assets.Api.Model;

namespace Assets.Api.Apis.Tickets;

/// <summary>Writes one history entry per field that really changed.</summary>
public sealed class TicketHistory(AssetsDbContext db, Guid ticketId, Guid actorId, DateTimeOffset at)
{
    public bool Record(string change, string? from, string? to)
    {
        if (from == to)
        {
            return false;
        }

        db.TicketHistory.Add(new TicketHistoryEntry { TicketId = ticketId, ActorId = actorId, Change = change, From = from, To = to, At = at });
        return true;
    }
}
