using Portal.AppHost.Dashboard;

namespace Portal.AppHost.Hosting;

/// <summary>How the application runs; set from the command line, adjustable before Build().</summary>
public sealed class AppHostOptions
{
    /// <summary>Data of PostgreSQL, RabbitMQ, secrets, logs and pid files. Default: <c>.portal/</c> at the repository root.</summary>
    public string DataDirectory { get; set; } = Path.Combine(RepositoryLocator.FindRoot() ?? Directory.GetCurrentDirectory(), ".portal");

    /// <summary>Wipe the data directory before starting.</summary>
    public bool Fresh { get; set; }

    /// <summary>Ignore the fixed ports of the declaration and pick free ones (tests, a second stack).</summary>
    public bool UseRandomPorts { get; set; }

    public string EnvironmentName { get; set; } = "Development";

    /// <summary>
    /// Where projects send telemetry (OTLP/HTTP); null injects no OTEL_EXPORTER_OTLP_* variables. While the
    /// dashboard runs, its receiver is the endpoint (and the projects get its API key).
    /// </summary>
    public string? OtlpEndpoint { get; set; } = "http://localhost:18890";

    /// <summary>The ops dashboard; test applications turn it on with <c>Options.Dashboard.Enabled = true</c>.</summary>
    public DashboardOptions Dashboard { get; } = new();

    /// <summary>Echo every resource's console output, prefixed with its name.</summary>
    public bool Verbose { get; set; }

    /// <summary>How long StartAsync waits for every resource to become healthy.</summary>
    public TimeSpan StartupTimeout { get; set; } = TimeSpan.FromMinutes(3);

    /// <summary>Hidden option: start only these resources and what they depend on.</summary>
    internal IReadOnlyList<string>? Only { get; set; }

    /// <summary>
    /// A test application: storage without fsync, no console output, and the data directory is deleted
    /// when the application is disposed.
    /// </summary>
    internal bool IsTemporary { get; set; }
}
