using Microsoft.EntityFrameworkCore;
using Notifications.Api.Infrastructure;
using Notifications.Api.Model;

namespace Notifications.Api.IntegrationEvents;

/// <summary>
/// Remembers where a user's mails go, from whichever identity event tells it first (the access
/// event and the invitation may arrive in either order). A deleted user is not remembered again, and
/// an event that is <c>outdated</c> for what is known changes nothing.
/// </summary>
internal static class RecipientContacts
{
    public static async Task<Recipient?> RememberAsync(
        NotificationsDbContext db, Guid userId, Guid organizationId, string? email, string? language, string? firstName, string? lastName,
        CancellationToken cancellationToken, Func<Recipient, bool>? outdated = null)
    {
        if (await db.ForgottenUsers.AnyAsync(f => f.UserId == userId, cancellationToken))
        {
            return null;
        }

        var recipient = db.Recipients.Local.FirstOrDefault(r => r.UserId == userId)
            ?? await db.Recipients.SingleOrDefaultAsync(r => r.UserId == userId, cancellationToken);
        if (recipient is null)
        {
            // A new person's access event and invitation usually arrive together (an import sends thousands):
            // the row is created by an upsert that lets the later one find it, where two inserts would fail the
            // later message and send it round its retries. Every column gets the value a new Recipient has.
            await db.Database.ExecuteSqlInterpolatedAsync(
                $$"""
                INSERT INTO recipients (user_id, organization_id, organization_kind, role, portal_areas, object_ids, active, access_version,
                                        deactivated, all_customers, customer_ids, department_ids)
                VALUES ({{userId}}, {{organizationId}}, '', '', '{}', '{}', false, 0, false, true, '{}', '{}')
                ON CONFLICT (user_id) DO NOTHING
                """, cancellationToken);
            recipient = await db.Recipients.SingleAsync(r => r.UserId == userId, cancellationToken);
        }
        else if (outdated?.Invoke(recipient) == true)
        {
            return null;
        }

        recipient.Email = email ?? recipient.Email;
        recipient.Language = language ?? recipient.Language;
        recipient.FirstName = firstName ?? recipient.FirstName;
        recipient.LastName = lastName ?? recipient.LastName;
        return recipient;
    }
}
