using Portal.Contracts;
using Portal.Web.Api;

namespace Portal.Web.Extensions;

public static class ApiClientExtensions
{
    /// <summary>
    /// Typed clients that reach each service directly by service discovery (<c>http://tenants</c>);
    /// the services serve the same paths as the gateway. No automatic retries: a retried POST could
    /// create a customer or an invitation twice.
    /// </summary>
    public static IServiceCollection AddPortalApiClients(this IServiceCollection services)
    {
#pragma warning disable EXTEXP0001
        services.AddHttpClient<TenantsClient>(http => http.BaseAddress = new Uri($"http://{ResourceNames.Tenants}")).RemoveAllResilienceHandlers();
        services.AddHttpClient<IdentityClient>(http => http.BaseAddress = new Uri($"http://{ResourceNames.Identity}")).RemoveAllResilienceHandlers();
        services.AddHttpClient<AssetsClient>(http => http.BaseAddress = new Uri($"http://{ResourceNames.Assets}")).RemoveAllResilienceHandlers();
        services.AddHttpClient<AccessExplainerClient>(http => http.BaseAddress = new Uri($"http://{ResourceNames.Assets}")).RemoveAllResilienceHandlers();
        services.AddHttpClient<AccountSecurityClient>(http => http.BaseAddress = new Uri($"http://{ResourceNames.Identity}")).RemoveAllResilienceHandlers();
        services.AddHttpClient<TeamClient>(http => http.BaseAddress = new Uri($"http://{ResourceNames.Identity}")).RemoveAllResilienceHandlers();
        services.AddHttpClient<VideoSessionsClient>(http => http.BaseAddress = new Uri($"http://{ResourceNames.Assets}")).RemoveAllResilienceHandlers();
        services.AddHttpClient<NotificationsClient>(http => http.BaseAddress = new Uri($"http://{ResourceNames.Notifications}")).RemoveAllResilienceHandlers();
        services.AddHttpClient<BackOfficeIdentityClient>(http => http.BaseAddress = new Uri($"http://{ResourceNames.Identity}")).RemoveAllResilienceHandlers();
        services.AddHttpClient<DepartmentsClient>(http => http.BaseAddress = new Uri($"http://{ResourceNames.Tenants}")).RemoveAllResilienceHandlers();
        services.AddHttpClient<TemplatesClient>(http => http.BaseAddress = new Uri($"http://{ResourceNames.Assets}")).RemoveAllResilienceHandlers();
        services.AddHttpClient<SupportAccessClient>(http => http.BaseAddress = new Uri($"http://{ResourceNames.Identity}")).RemoveAllResilienceHandlers();
        services.AddHttpClient<PeopleImportClient>(http => http.BaseAddress = new Uri($"http://{ResourceNames.Identity}")).RemoveAllResilienceHandlers();
        services.AddHttpClient<ObjectsClient>(http => http.BaseAddress = new Uri($"http://{ResourceNames.Assets}")).RemoveAllResilienceHandlers();
#pragma warning restore EXTEXP0001
        services.AddScoped<UnreadNotifications>();
        services.AddScoped<Components.Shared.PortalAreas>();
        return services;
    }
}
