using Aspire.Hosting.ApplicationModel;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Portal.Hosting;

namespace Portal.AppHost.Reporting;

internal static class StartupReportExtensions
{
    /// <summary>
    /// Prints each resource's state as it changes and the addresses once everything is healthy, and copies
    /// every resource's console output to <c>&lt;data dir&gt;/logs</c>. Started before the resources are
    /// (Aspire's hosted services hold the host's start until every resource has started).
    /// </summary>
    public static IDistributedApplicationBuilder AddStartupReport(this IDistributedApplicationBuilder builder)
    {
        // One line per message: the start reads as a list, and the dashboard's login link stays on one line.
        builder.Services.AddLogging(logging => logging.AddSimpleConsole(console =>
        {
            console.SingleLine = true;
            console.TimestampFormat = "HH:mm:ss ";
        }));
        var logs = new ResourceLogFilesOptions(
            Path.Combine(PortalData.DirectoryOf(builder), "logs"), builder.Configuration.GetValue<bool>("Portal:Verbose"));
        builder.Eventing.Subscribe<BeforeStartEvent>((@event, cancellationToken) =>
        {
            var services = @event.Services;
            var stopping = services.GetRequiredService<IHostApplicationLifetime>().ApplicationStopping;
            _ = new StartupReport(@event.Model, services.GetRequiredService<ResourceNotificationService>(),
                services.GetRequiredService<ILoggerFactory>().CreateLogger("Portal")).RunAsync(stopping);
            _ = new ResourceLogFiles(services.GetRequiredService<ResourceLoggerService>(), logs)
                .RunAsync(services.GetRequiredService<ResourceNotificationService>(), stopping);
            return Task.CompletedTask;
        });
        return builder;
    }
}
