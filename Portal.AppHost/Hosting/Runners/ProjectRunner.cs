using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Portal.AppHost.Hosting;

/// <summary>
/// A project of the solution: <c>dotnet &lt;assembly&gt;</c> from the build output, in the project folder
/// (as <c>dotnet run</c> would, so appsettings.json is found), with Aspire's variables. No build here.
/// </summary>
internal sealed class ProjectRunner(ProjectResource resource, RunnerContext context) : ResourceRunner(context)
{
    private Dictionary<string, string> _shownEnvironment = [];

    public override IReadOnlyDictionary<string, string> ShownEnvironment => _shownEnvironment;

    /// <summary>A service that dies during start-up is Exited (with its exit code), as in Aspire.</summary>
    public override bool ExitBeforeHealthyIsStartFailure => false;

    public override async Task LaunchAsync(CancellationToken cancellationToken)
    {
        var assembly = resource.Metadata.AssemblyPath;
        if (!File.Exists(assembly))
        {
            throw new DistributedApplicationException($"{assembly} does not exist: build the solution first (dotnet build).");
        }

        var environment = await BuildEnvironmentAsync(cancellationToken);
        _shownEnvironment = environment.Where(e => e.Value is not null)
            .ToDictionary(e => e.Key, e => SecretMasker.MaskValue(e.Key, e.Value!));
        MainProcess = StartProcess(new ChildProcessSpec
        {
            Id = resource.Name,
            FileName = DotnetHost.Path,
            Arguments = [assembly],
            WorkingDirectory = Path.GetDirectoryName(resource.Metadata.ProjectPath),
            Environment = environment,
            Output = Context.Output,
        });
    }

    /// <summary>Healthy: /health is 200. Unhealthy: it answers otherwise, or only /alive does. Null: no answer.</summary>
    public override async Task<HealthStatus?> CheckHealthAsync(CancellationToken cancellationToken)
    {
        var health = await HealthProbe.IsOkAsync(new Uri($"{resource.HttpEndpoint.Url}/health"), cancellationToken);
        if (health is not null)
        {
            return health.Value ? HealthStatus.Healthy : HealthStatus.Unhealthy;
        }

        var alive = await HealthProbe.IsOkAsync(new Uri($"{resource.HttpEndpoint.Url}/alive"), cancellationToken);
        return alive is null ? null : HealthStatus.Unhealthy;
    }

    private async Task<Dictionary<string, string?>> BuildEnvironmentAsync(CancellationToken cancellationToken)
    {
        var options = Context.Options;
        var environment = new Dictionary<string, string?>(StringComparer.Ordinal)
        {
            ["ASPNETCORE_URLS"] = resource.HttpEndpoint.Url,
            ["ASPNETCORE_ENVIRONMENT"] = options.EnvironmentName,
            ["DOTNET_ENVIRONMENT"] = options.EnvironmentName,
            ["OTEL_SERVICE_NAME"] = resource.Name,
            ["OTEL_RESOURCE_ATTRIBUTES"] = $"service.instance.id={Guid.NewGuid()}",
            // Inherited port settings would only make ASP.NET Core warn that ASPNETCORE_URLS overrides them.
            ["ASPNETCORE_HTTP_PORTS"] = null,
            ["ASPNETCORE_HTTPS_PORTS"] = null,
        };
        if (options.OtlpEndpoint is { } otlp)
        {
            environment["OTEL_EXPORTER_OTLP_ENDPOINT"] = otlp;
            environment["OTEL_EXPORTER_OTLP_PROTOCOL"] = "http/protobuf";
            // Aspire's development values: telemetry shows up in the dashboard within a second.
            environment["OTEL_BLRP_SCHEDULE_DELAY"] = "1000";
            environment["OTEL_BSP_SCHEDULE_DELAY"] = "1000";
            environment["OTEL_METRIC_EXPORT_INTERVAL"] = "1000";
            // As Aspire does: the dashboard's receiver accepts only exporters that send its key.
            environment["OTEL_EXPORTER_OTLP_HEADERS"] = options.Dashboard is { Enabled: true, OtlpApiKey: { } key } ? $"x-otlp-api-key={key}" : null;
        }
        else
        {
            // Not inherited either: a test stack must not send telemetry anywhere.
            environment["OTEL_EXPORTER_OTLP_ENDPOINT"] = null;
            environment["OTEL_EXPORTER_OTLP_PROTOCOL"] = null;
            environment["OTEL_EXPORTER_OTLP_HEADERS"] = null;
        }

        foreach (var entry in resource.Environment)
        {
            environment[entry.Key] = await entry.Value(cancellationToken);
        }

        return environment;
    }
}
