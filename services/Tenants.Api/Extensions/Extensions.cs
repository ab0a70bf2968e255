using Portal.Contracts;
using Portal.ServiceDefaults.Data;
using Portal.ServiceDefaults.Messaging;
using Portal.ServiceDefaults.Security;
using Tenants.Api.Infrastructure;
using Tenants.Api.IntegrationEvents;

namespace Tenants.Api.Extensions;

internal static class Extensions
{
    public static void AddApplicationServices(this IHostApplicationBuilder builder)
    {
        builder.AddDefaultAuthentication();
        // A caller whose scope no event has brought yet: identity is asked, else the narrowest scope.
        builder.AddIdentityAccessLookup();
        builder.AddPortalDbContext<IHostApplicationBuilder, TenantsDbContext>(ResourceNames.TenantsDb);
        builder.Services.Configure<BootstrapOptions>(builder.Configuration.GetSection(BootstrapOptions.SectionName));
        builder.Services.AddMigration<TenantsDbContext, ProviderSeeder>();
        builder.Services.AddScoped<Apis.CustomerVisibility>();

        // Every event tenants listens to, in one place.
        builder.AddEventBus(ResourceNames.Tenants, bus =>
        {
            bus.AddConsumer<UserAccessChangedConsumer>();
            bus.AddConsumer<UserDeletedConsumer>();
        });
        builder.AddOutbox<IHostApplicationBuilder, TenantsDbContext>();
    }
}
