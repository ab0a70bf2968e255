using Microsoft.EntityFrameworkCore;
using Notifications.Api.Infrastructure;
using Notifications.Api.Model;
using Portal.Contracts.Security;

namespace Notifications.Api.Mailing;

/// <summary>
/// Turns a business event into mails and feed items for the customer's users who may see the entity:
/// allowed to open the category's portal area and assigned its object (no objects = all). Each of them
/// gets a feed item; those with the category on also get a mail with a one-click unsubscribe link.
/// Users without access still get mails; deactivated ones get nothing.
/// </summary>
public sealed class BusinessMailer(
    NotificationsDbContext db, MailComposer composer, UnsubscribeTokens tokens, IConfiguration configuration)
{
    private readonly string _publicUrl = (configuration["Portal:PublicUrl"] ?? "http://localhost:5000").TrimEnd('/');

    public async Task NotifyAsync(Guid messageId, BusinessNotice notice, CancellationToken cancellationToken)
    {
        var area = MailCategories.PortalAreaOf(notice.Category);
        var candidates = await db.Recipients.AsNoTracking()
            .Where(r => r.OrganizationId == notice.CustomerId && r.OrganizationKind == OrganizationKinds.Customer && !r.Deactivated)
            .ToListAsync(cancellationToken);
        var recipients = candidates
            .Where(r => r.UserId != notice.ActorId
                && r.PortalAreas.Contains(area)
                && (r.ObjectIds.Count == 0 || r.ObjectIds.Contains(notice.ObjectId)))
            .ToList();
        if (recipients.Count == 0)
        {
            return;
        }

        var userIds = recipients.Select(r => r.UserId).ToArray();
        var preferences = await db.Preferences.AsNoTracking()
            .Where(p => userIds.Contains(p.UserId))
            .ToDictionaryAsync(p => p.UserId, cancellationToken);

        foreach (var recipient in recipients)
        {
            var language = recipient.Language ?? "de";
            var values = notice.Values(language);
            values["firstName"] = recipient.FirstName ?? "";
            values["lastName"] = recipient.LastName ?? "";
            var wantsMail = recipient.Email is not null && MailCategories.IsOn(preferences.GetValueOrDefault(recipient.UserId), notice.Category);
            string? unsubscribeUrl = null;
            if (wantsMail)
            {
                var token = await tokens.CreateAsync(db, recipient.UserId, notice.Category, cancellationToken);
                unsubscribeUrl = $"{_publicUrl}/api/notifications/unsubscribe?token={Uri.EscapeDataString(token)}";
                values["unsubscribeUrl"] = unsubscribeUrl;
            }

            var rendered = await composer.RenderAsync(notice.Kind, language, values);

            // The feed shows everything the user may see; the categories choose only what is e-mailed.
            composer.AddFeedItem(messageId, recipient.UserId, notice.Kind, rendered.Subject);
            if (wantsMail)
            {
                composer.AddMail(messageId, recipient.UserId, recipient.Email!, notice.Kind, rendered, notice.CustomerId, notice.Category, unsubscribeUrl);
            }
        }
    }
}
