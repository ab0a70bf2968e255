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
            recipient = new Recipient { UserId = userId, OrganizationId = organizationId };
            db.Recipients.Add(recipient);
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
