using Microsoft.EntityFrameworkCore;
using Notifications.Api.Infrastructure;
using Notifications.Api.Mailing;
using Portal.Contracts.Identity;
using Portal.ServiceDefaults.Messaging;

namespace Notifications.Api.IntegrationEvents;

/// <summary>
/// The e-mail categories an administrator chose while inviting, adding or importing a person become the
/// person's preferences. Unknown category names are ignored (a newer identity may know more).
/// </summary>
public sealed class EmailCategoriesChosenConsumer(NotificationsDbContext db, TimeProvider clock)
    : IdempotentConsumer<EmailCategoriesChosen, NotificationsDbContext>(db)
{
    protected override async Task HandleAsync(EmailCategoriesChosen message, CancellationToken cancellationToken)
    {
        // A person deleted before this arrived keeps nothing here.
        if (await Db.ForgottenUsers.AnyAsync(f => f.UserId == message.UserId, cancellationToken))
        {
            return;
        }

        var on = message.Categories.Where(MailCategories.All.Contains).ToHashSet();
        await PreferenceChanges.ChangeAsync(Db, message.UserId, p => MailCategories.SwitchTo(p, on), clock, cancellationToken);
    }
}
