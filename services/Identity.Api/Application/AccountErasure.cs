using Identity.Api.Infrastructure;
using Identity.Api.Model;
using Microsoft.EntityFrameworkCore;
using Portal.ServiceDefaults.Messaging;

namespace Identity.Api.Application;

/// <summary>
/// Deleting an account removes the person's data from identity: the user row with names, e-mail and
/// phones (logins, claims, Identity tokens and e-mail links go with it by cascade), the OpenID Connect
/// authorizations and tokens, the IP addresses of what they did, and the sent events that carried
/// their address. Audit entries stay, holding only ids that no longer lead to a person.
/// </summary>
public static class AccountErasure
{
    /// <summary>Removes what is not tracked at once; the user row goes with the caller's SaveChanges.</summary>
    public static async Task EraseAsync(IdentityDbContext db, User user, CancellationToken cancellationToken)
    {
        await Sessions.DeleteAllAsync(db, user.Id, cancellationToken);
        await db.AuditEntries.Where(e => e.ActorUserId == user.Id && e.IpAddress != null)
            .ExecuteUpdateAsync(set => set.SetProperty(e => e.IpAddress, (string?)null), cancellationToken);
        // Unsent events still have to reach the other services; sent ones are only a copy of the data.
        var userId = user.Id.ToString();
        await db.Database.ExecuteSqlAsync(
            $"DELETE FROM outbox_messages WHERE sent_at IS NOT NULL AND body->>'userId' = {userId}", cancellationToken);
        db.Users.Remove(user);
    }
}
