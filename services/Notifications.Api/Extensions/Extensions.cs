using Notifications.Api.Infrastructure;
using Portal.Contracts;
using Portal.ServiceDefaults.Data;
using Portal.ServiceDefaults.Messaging;
using Portal.ServiceDefaults.Security;

namespace Notifications.Api.Extensions;

internal static class Extensions
{
    public static void AddApplicationServices(this IHostApplicationBuilder builder)
    {
        builder.AddDefaultAuthentication();
        builder.AddNpgsqlDbContext<IHostApplicationBuilder, NotificationsDbContext>(ResourceNames.NotificationsDb);
        builder.Services.AddMigration<NotificationsDbContext>();

        // Consumers of account and business events arrive with the notifications issue.
        builder.AddEventBus(ResourceNames.Notifications);
        builder.AddOutbox<IHostApplicationBuilder, NotificationsDbContext>();
    }
}
