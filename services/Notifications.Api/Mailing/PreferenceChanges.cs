using Microsoft.EntityFrameworkCore;
using Notifications.Api.Infrastructure;
using Notifications.Api.Model;
using Portal.Contracts.Notifications;
using Portal.ServiceDefaults.Messaging;

namespace Notifications.Api.Mailing;

/// <summary>
/// The one way a person's e-mail categories change (their own settings, an administrator, an unsubscribe
/// link, a choice made at invitation): the row is created when missing, and <see cref="EmailCategoriesChanged"/>
/// is saved with it, so that identity's copy follows.
/// </summary>
public static class PreferenceChanges
{
    public static async Task<NotificationPreferences> ChangeAsync(
        NotificationsDbContext db, Guid userId, Action<NotificationPreferences> change, TimeProvider clock, CancellationToken cancellationToken)
    {
        var preferences = await db.Preferences.SingleOrDefaultAsync(p => p.UserId == userId, cancellationToken);
        if (preferences is null)
        {
            preferences = new NotificationPreferences { UserId = userId };
            db.Preferences.Add(preferences);
        }

        change(preferences);
        preferences.UpdatedAt = clock.GetUtcNow();
        db.AddIntegrationEvent(new EmailCategoriesChanged(userId, MailCategories.On(preferences), preferences.UpdatedAt), clock);
        return preferences;
    }
}
