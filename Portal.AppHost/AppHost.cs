using Portal.AppHost;
using Portal.AppHost.Reporting;
using Portal.Contracts;
using Portal.Hosting.MailDev;
using Portal.Hosting.Postgres;
using Portal.Hosting.Projects;
using Portal.Hosting.RabbitMQ;

// The Portal application: what runs, on which ports, and what waits for what.
// ./scripts/start.sh --no-dashboard: a lighter stack for a machine short of memory. A switch, not a setting: it is
// taken out of the arguments, where configuration would read the next argument as its value.
const string NoDashboard = "--no-dashboard";
var builder = DistributedApplication.CreateBuilder(new DistributedApplicationOptions
{
    Args = [.. args.Where(arg => arg != NoDashboard)],
    DisableDashboard = args.Contains(NoDashboard),
});
builder.AddStartupReport();
var settings = StartupSettings.AddTo(builder);

var postgres = builder.AddPostgresServer(ResourceNames.Postgres, port: 54320);
var tenantsDb = postgres.AddDatabase(ResourceNames.TenantsDb);
var identityDb = postgres.AddDatabase(ResourceNames.IdentityDb);
var notificationsDb = postgres.AddDatabase(ResourceNames.NotificationsDb);
var assetsDb = postgres.AddDatabase(ResourceNames.AssetsDb).WithKpiCounterRebuild();
var webDb = postgres.AddDatabase(ResourceNames.WebDb);
var gatewayDb = postgres.AddDatabase(ResourceNames.GatewayDb);

var eventBus = builder.AddRabbitMQServer(ResourceNames.EventBus, port: 56720);
var mailDev = builder.AddMailDev(ResourceNames.MailDev, smtpPort: 1025, httpPort: 1080);

var identity = builder.AddPortalService<Projects.Identity_Api>(ResourceNames.Identity)
    .WithReference(identityDb).WaitFor(identityDb)
    .WithReference(eventBus).WaitFor(eventBus)
    .WithEnvironment("Bootstrap__ProviderId", DevelopmentAccounts.ProviderId)
    .WithEnvironment("Bootstrap__AdminEmail", settings.AdminEmail)
    .WithEnvironment("Bootstrap__AdminPassword", settings.AdminPassword)
    // Resource servers and integrations introspect access tokens as the confidential client portal-api.
    .WithEnvironment("Identity__ApiClientSecret", builder.AddParameter(
        "api-client-secret", new GenerateParameterDefault { MinLength = 32, Special = false }, secret: true, persist: true));

// Services validate identity's tokens with the keys of its discovery document, read through discovery.
var tenants = builder.AddPortalService<Projects.Tenants_Api>(ResourceNames.Tenants)
    .WithReference(tenantsDb).WaitFor(tenantsDb)
    .WithReference(eventBus).WaitFor(eventBus)
    .WithReference(identity)
    .WithEnvironment("Bootstrap__ProviderId", DevelopmentAccounts.ProviderId)
    .WithEnvironment("Bootstrap__ProviderName", settings.ProviderName);

var notifications = builder.AddPortalService<Projects.Notifications_Api>(ResourceNames.Notifications)
    .WithReference(notificationsDb).WaitFor(notificationsDb)
    .WithReference(eventBus).WaitFor(eventBus)
    .WithReference(mailDev).WaitFor(mailDev)
    .WithReference(identity);

var assets = builder.AddPortalService<Projects.Assets_Api>(ResourceNames.Assets)
    .WithReference(assetsDb).WaitFor(assetsDb)
    .WithReference(eventBus).WaitFor(eventBus)
    .WithReference(identity);

var web = builder.AddPortalService<Projects.Portal_Web>(ResourceNames.Web)
    .WithReference(webDb).WaitFor(webDb)
    .WithReference(tenants)
    .WithReference(identity)
    .WithReference(notifications)
    .WithReference(assets);

var gateway = builder.AddPortalService<Projects.Portal_Gateway>(ResourceNames.Gateway, port: 5000)
    // Its sign-in rate limits, counted there for all its replicas.
    .WithReference(gatewayDb).WaitFor(gatewayDb)
    .WithReference(tenants).WaitFor(tenants)
    .WithReference(identity).WaitFor(identity)
    .WithReference(notifications).WaitFor(notifications)
    .WithReference(assets).WaitFor(assets)
    .WithReference(web).WaitFor(web)
    // On the dashboard's resources page beside the gateway's own address: the four APIs, browsable and callable.
    .WithUrlForEndpoint("http", endpoint => new ResourceUrlAnnotation { Url = endpoint.Url.TrimEnd('/') + "/api/reference", DisplayText = "API reference" });

// --Parameters:replicas=N runs N copies of each: every one of them is stateless or shares its state through
// PostgreSQL, and Aspire's proxy in front of each resource spreads the connections over them.
if (settings.Replicas > 1)
{
    foreach (var process in new[] { tenants, identity, notifications, assets, web, gateway })
    {
        process.WithReplicas(settings.Replicas);
    }
}

// Tokens are issued for (and checked against), and links in e-mails point to, the one public entry point.
var publicUrl = gateway.GetEndpoint("http");
foreach (var service in new[] { tenants, identity, notifications, assets, web })
{
    service.WithEnvironment("Portal__PublicUrl", publicUrl);
}

// The gateway's API reference page receives its sign-in there too. A value, not a reference: the gateway does not
// depend on itself.
gateway.WithEnvironment(context => context.EnvironmentVariables["Portal__PublicUrl"] = publicUrl.Url);

builder.Build().Run();
