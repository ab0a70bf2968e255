using Identity.Api.Infrastructure;
using Identity.Api.IntegrationEvents;
using Portal.Contracts;
using Portal.ServiceDefaults.Data;
using Portal.ServiceDefaults.Messaging;
using Portal.ServiceDefaults.Security;

namespace Identity.Api.Extensions;

internal static class Extensions
{
    public static void AddApplicationServices(this IHostApplicationBuilder builder)
    {
        builder.AddDefaultAuthentication();
        builder.AddNpgsqlDbContext<IHostApplicationBuilder, IdentityDbContext>(ResourceNames.IdentityDb);
        builder.Services.AddMigration<IdentityDbContext>();

        // Every event identity listens to, in one place.
        builder.AddEventBus(ResourceNames.Identity, bus =>
        {
            bus.AddConsumer<ProviderCreatedConsumer>();
        });
        builder.AddOutbox<IHostApplicationBuilder, IdentityDbContext>();
    }
}
