using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;

namespace Portal.Hosting.Projects;

public static class PortalServiceExtensions
{
    /// <summary>
    /// A service of the solution (one of the four APIs, the gateway or the web app) with one http endpoint
    /// (<paramref name="port"/> fixed in development runs; tests, which randomize ports, get a free one),
    /// healthy when its <c>/health</c> answers 200. Used by the AppHost and by the suites that start one service.
    /// </summary>
    public static IResourceBuilder<ProjectResource> AddPortalService<TProject>(this IDistributedApplicationBuilder builder, string name, int? port = null)
        where TProject : IProjectMetadata, new()
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.AddProject<TProject>(name, launchProfileName: null)
            .WithHttpEndpoint(port: port)
            // Without a launch profile nothing else tells a project the environment the AppHost runs in.
            .WithEnvironment("ASPNETCORE_ENVIRONMENT", builder.Environment.EnvironmentName)
            .WithEnvironment("DOTNET_ENVIRONMENT", builder.Environment.EnvironmentName)
            .WithHttpHealthCheck("/health")
            // The default 10 s would hold a service's exit while its last export waits for a dashboard that has
            // already stopped; 1 s dropped batches on a busy 2-core machine.
            .WithEnvironment("OTEL_EXPORTER_OTLP_TIMEOUT", "3000");
    }
}
