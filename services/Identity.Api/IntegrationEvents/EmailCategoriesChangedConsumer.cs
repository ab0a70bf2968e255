using Identity.Api.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Portal.Contracts.Notifications;
using Portal.ServiceDefaults.Messaging;

namespace Identity.Api.IntegrationEvents;

/// <summary>Identity's copy of a person's e-mail categories follows the notifications service, which owns them.</summary>
public sealed class EmailCategoriesChangedConsumer(IdentityDbContext db) : IdempotentConsumer<EmailCategoriesChanged, IdentityDbContext>(db)
{
    protected override async Task HandleAsync(EmailCategoriesChanged message, CancellationToken cancellationToken)
    {
        var user = await Db.Users.SingleOrDefaultAsync(u => u.Id == message.UserId, cancellationToken);
        // A deleted person, or an event older than the change identity holds, changes nothing.
        if (user is null || user.EmailCategoriesChangedAt > message.ChangedAt)
        {
            return;
        }

        user.EmailCategories = [.. Portal.Contracts.Identity.EmailCategories.All.Where(message.Categories.Contains)];
        user.EmailCategoriesChangedAt = message.ChangedAt;
    }
}
