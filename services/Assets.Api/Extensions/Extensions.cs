using Assets.Api.Infrastructure;
using Assets.Api.IntegrationEvents;
using Assets.Api.Scoping;
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
        // A caller whose scope no event has brought yet: identity is asked, else the narrowest scope.
        builder.AddIdentityAccessLookup();
        builder.AddPortalDbContext<IHostApplicationBuilder, AssetsDbContext>(ResourceNames.AssetsDb);
        builder.Services.AddMigration<AssetsDbContext>();
        builder.Services.AddScoped<CallerScopeResolver>();

        // Every event assets listens to, in one place: its copies of departments, customers and user scopes.
        builder.AddEventBus(ResourceNames.Assets, bus =>
        {
            bus.AddConsumer<DepartmentCreatedConsumer>();
            bus.AddConsumer<DepartmentRenamedConsumer>();
            bus.AddConsumer<DepartmentArchivedConsumer>();
            bus.AddConsumer<CustomerCreatedConsumer>();
            bus.AddConsumer<CustomerUpdatedConsumer>();
            bus.AddConsumer<CustomerArchivedConsumer>();
            bus.AddConsumer<CustomerBecameIndependentConsumer>();
            bus.AddConsumer<CustomerIndependenceRevertedConsumer>();
            bus.AddConsumer<UserAccessChangedConsumer>();
            bus.AddConsumer<UserDeletedConsumer>();
        });
        builder.AddOutbox<IHostApplicationBuilder, AssetsDbContext>();
    }
}
