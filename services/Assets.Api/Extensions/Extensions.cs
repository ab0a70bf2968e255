using Assets.Api.Infrastructure;
using Assets.Api.IntegrationEvents;
using Portal.Contracts;
using Portal.ServiceDefaults.Data;
using Portal.ServiceDefaults.Messaging;
using Portal.ServiceDefaults.Security;

namespace Assets.Api.Extensions;

internal static class Extensions
{
    public static void AddApplicationServices(this IHostApplicationBuilder builder)
    {
        builder.AddDefaultAuthentication();
        builder.AddNpgsqlDbContext<IHostApplicationBuilder, AssetsDbContext>(ResourceNames.AssetsDb);
        builder.Services.AddMigration<AssetsDbContext>();

        // Every event assets listens to, in one place.
        builder.AddEventBus(ResourceNames.Assets, bus =>
        {
            bus.AddConsumer<DepartmentCreatedConsumer>();
        });
        builder.AddOutbox<IHostApplicationBuilder, AssetsDbContext>();
    }
}
