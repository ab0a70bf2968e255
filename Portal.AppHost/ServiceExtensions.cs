using Aspire.Hosting.ApplicationModel;

namespace Portal.AppHost;

internal static class ServiceExtensions
{
    /// <summary>
    /// A project of the solution with one http endpoint (fixed <paramref name="port"/> in development runs,
    /// free ports in tests), healthy when its <c>/health</c> answers 200.
    /// </summary>
    public static IResourceBuilder<ProjectResource> AddService<TProject>(this IDistributedApplicationBuilder builder, string name, int? port = null)
        where TProject : IProjectMetadata, new() =>
        builder.AddProject<TProject>(name, launchProfileName: null)
            .WithHttpEndpoint(port: port)
            // Without a launch profile nothing else tells a project the environment the AppHost runs in.
            .WithEnvironment("ASPNETCORE_ENVIRONMENT", builder.Environment.EnvironmentName)
            .WithEnvironment("DOTNET_ENVIRONMENT", builder.Environment.EnvironmentName)
            .WithHttpHealthCheck("/health")
            // A service's last export to a dashboard that already stopped would hold its exit for ~9 s.
            .WithEnvironment("OTEL_EXPORTER_OTLP_TIMEOUT", "1000");
}
