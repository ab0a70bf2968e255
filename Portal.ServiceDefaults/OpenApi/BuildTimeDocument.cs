using System.Reflection;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Portal.Contracts;

namespace Portal.ServiceDefaults.OpenApi;

/// <summary>
/// The build writes each service's OpenAPI document (Microsoft.Extensions.ApiDescription.Server): its tool runs the
/// service's Program up to <c>Build()</c> in a process of its own and asks the built host for the document; the
/// tool then starts the host on a server that listens nowhere. Nothing of the service's own work may run there
/// (migrations, the message bus, the outbox): only the web host stays. The service still insists on its connection
/// strings, which only the AppHost gives: here they are placeholders of the right shape that nothing uses.
/// </summary>
public static class BuildTimeDocument
{
    /// <summary>True inside the document tool's process (<c>GetDocument.Insider</c>), never in a running service.</summary>
    public static bool IsBeingWritten { get; } = Assembly.GetEntryAssembly()?.GetName().Name == "GetDocument.Insider";

    public static void PrepareIfBeingWritten(IHostApplicationBuilder builder)
    {
        if (!IsBeingWritten)
        {
            return;
        }

        builder.ConfigureContainer(new WithoutBackgroundWork());

        const string database = "Host=127.0.0.1;Port=1;Username=none;Password=none;Database=";
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            [$"ConnectionStrings:{ResourceNames.TenantsDb}"] = database + ResourceNames.TenantsDb,
            [$"ConnectionStrings:{ResourceNames.IdentityDb}"] = database + ResourceNames.IdentityDb,
            [$"ConnectionStrings:{ResourceNames.NotificationsDb}"] = database + ResourceNames.NotificationsDb,
            [$"ConnectionStrings:{ResourceNames.AssetsDb}"] = database + ResourceNames.AssetsDb,
            [$"ConnectionStrings:{ResourceNames.EventBus}"] = "amqp://none:none@127.0.0.1:1",
            [$"ConnectionStrings:{ResourceNames.MailDev}"] = "smtp://127.0.0.1:1",
        });
    }

    /// <summary>The default container, less every hosted service but the web host (which maps the endpoints to describe).</summary>
    private sealed class WithoutBackgroundWork : IServiceProviderFactory<IServiceCollection>
    {
        public IServiceCollection CreateBuilder(IServiceCollection services)
        {
            var background = services.Where(d => d.ServiceType == typeof(IHostedService) && d.ImplementationType?.Name != "GenericWebHostService").ToList();
            background.ForEach(d => services.Remove(d));
            return services;
        }

        public IServiceProvider CreateServiceProvider(IServiceCollection containerBuilder) => containerBuilder.BuildServiceProvider();
    }
}
