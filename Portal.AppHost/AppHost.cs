using Portal.AppHost.Hosting;
using Portal.Contracts;

namespace Portal.AppHost;

/// <summary>The Portal application: what runs, on which ports, and what waits for what.</summary>
public static class PortalApplication
{
    /// <summary>
    /// The provider organization's id, given to tenants (which creates the organization) and to
    /// identity (which creates its first administrator in it) so both agree from the first start.
    /// </summary>
    public const string DevelopmentProviderId = "0193f1a0-0000-7000-8000-000000000001";

    /// <summary>The provider's first administrator in development (identity creates it at its first start).</summary>
    public const string DevelopmentAdminEmail = "admin@portal.localhost";

    /// <summary>Development only; outside Development set <c>Bootstrap__AdminPassword</c> to a secret.</summary>
    public const string DevelopmentAdminPassword = "portal-admin-development";

    public static void Declare(IDistributedApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);

        var postgres = builder.AddPostgres(ResourceNames.Postgres, port: 54320);
        var tenantsDb = postgres.AddDatabase(ResourceNames.TenantsDb);
        var identityDb = postgres.AddDatabase(ResourceNames.IdentityDb);
        var notificationsDb = postgres.AddDatabase(ResourceNames.NotificationsDb);
        var assetsDb = postgres.AddDatabase(ResourceNames.AssetsDb);

        var eventBus = builder.AddRabbitMQ(ResourceNames.EventBus, port: 56720);
        var mailDev = builder.AddMailDev(ResourceNames.MailDev, smtpPort: 1025, httpPort: 1080);

        var tenants = builder.AddProject<Projects.Tenants_Api>(ResourceNames.Tenants)
            .WithReference(tenantsDb).WaitFor(tenantsDb)
            .WithReference(eventBus).WaitFor(eventBus);

        var identity = builder.AddProject<Projects.Identity_Api>(ResourceNames.Identity)
            .WithReference(identityDb).WaitFor(identityDb)
            .WithReference(eventBus).WaitFor(eventBus);

        var notifications = builder.AddProject<Projects.Notifications_Api>(ResourceNames.Notifications)
            .WithReference(notificationsDb).WaitFor(notificationsDb)
            .WithReference(eventBus).WaitFor(eventBus)
            .WithReference(mailDev).WaitFor(mailDev);

        var assets = builder.AddProject<Projects.Assets_Api>(ResourceNames.Assets)
            .WithReference(assetsDb).WaitFor(assetsDb)
            .WithReference(eventBus).WaitFor(eventBus);

        var web = builder.AddProject<Projects.Portal_Web>(ResourceNames.Web)
            .WithReference(tenants)
            .WithReference(identity)
            .WithReference(notifications)
            .WithReference(assets);

        var gateway = builder.AddProject<Projects.Portal_Gateway>(ResourceNames.Gateway)
            .WithHttpEndpoint(port: 5000)
            .WithReference(tenants).WaitFor(tenants)
            .WithReference(identity).WaitFor(identity)
            .WithReference(notifications).WaitFor(notifications)
            .WithReference(assets).WaitFor(assets)
            .WithReference(web).WaitFor(web);

        // Tokens are issued for (and checked against), and links in e-mails point to, the one public entry point.
        foreach (var service in new[] { tenants, identity, notifications, assets, web })
        {
            service.WithEndpointUrlEnvironment("Portal__PublicUrl", gateway);
        }

        tenants.WithEnvironment("Bootstrap__ProviderId", DevelopmentProviderId);
        identity.WithEnvironment("Bootstrap__ProviderId", DevelopmentProviderId)
            .WithEnvironment("Bootstrap__AdminEmail", DevelopmentAdminEmail)
            .WithEnvironment("Bootstrap__AdminPassword", DevelopmentAdminPassword);

        // Services validate identity's tokens with the keys from its discovery document, read directly.
        foreach (var service in new[] { tenants, notifications, assets })
        {
            service.WithReference(identity);
        }
    }
}
