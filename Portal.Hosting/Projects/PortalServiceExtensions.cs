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
            // A development run puts six .NET processes, PostgreSQL, RabbitMQ (and in tests a browser) on a
            // machine of a few cores. Server GC (ASP.NET Core's default) gives each process a heap and a GC
            // thread per core that spin while they wait for each other, and tiered PGO instruments every
            // method before optimising it: both pay off in a long-running server with cores to itself, and
            // cost a crowded development machine start-up time. Deployments configure their own runtime.
            .WithEnvironment("DOTNET_gcServer", "0")
            .WithEnvironment("DOTNET_TieredPGO", "0")
            // The default 10 s would hold a service's exit while its last export waits for a dashboard that has
            // already stopped; 1 s dropped batches on a busy 2-core machine.
            .WithEnvironment("OTEL_EXPORTER_OTLP_TIMEOUT", "3000");
    }
}
