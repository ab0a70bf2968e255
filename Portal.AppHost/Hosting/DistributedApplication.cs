using Microsoft.Extensions.Diagnostics.HealthChecks;
using Portal.AppHost.Dashboard;

namespace Portal.AppHost.Hosting;

/// <summary>
/// The running application, shaped like Aspire's: start, stop, run until Ctrl+C, and the helpers of
/// Aspire.Hosting.Testing (CreateHttpClient, GetConnectionStringAsync, GetEndpoint).
/// </summary>
public sealed class DistributedApplication : IAsyncDisposable, IDisposable
{
    private readonly ApplicationOrchestrator _orchestrator;
    private readonly ConsoleReporter _reporter;
    private readonly SemaphoreSlim _disposeGate = new(1, 1);
    private DashboardHost? _dashboard;
    private volatile bool _stopping;
    private bool _disposed;

    internal DistributedApplication(AppHostOptions options, IReadOnlyList<Resource> resources)
    {
        Options = options;
        _reporter = new ConsoleReporter(enabled: !options.IsTemporary, verbose: options.Verbose);
        _orchestrator = new ApplicationOrchestrator(options, resources, ResourceNotifications, _reporter);
    }

    public AppHostOptions Options { get; }

    public ResourceNotificationService ResourceNotifications { get; } = new();

    /// <summary>The ops dashboard, once StartAsync has started it (null when it is disabled).</summary>
    public DashboardHost? Dashboard => _dashboard;

    /// <summary>Reads the command line (see <c>--help</c>); a mistake there ends the process with exit code 1.</summary>
    public static IDistributedApplicationBuilder CreateBuilder(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        if (args.Contains("--help") || args.Contains("-h"))
        {
            Console.WriteLine(CommandLine.Usage);
            Environment.Exit(0);
        }

        var options = new AppHostOptions();
        try
        {
            CommandLine.Apply(options, args);
        }
        catch (ArgumentException ex)
        {
            Console.Error.WriteLine(ex.Message);
            Console.Error.WriteLine(CommandLine.Usage);
            Environment.Exit(1);
        }

        return new DistributedApplicationBuilder(options);
    }

    /// <summary>
    /// Starts every resource; returns when all are Running and Healthy. Throws
    /// <see cref="DistributedApplicationException"/> naming the resource that failed (with its last output).
    /// </summary>
    public async Task StartAsync(CancellationToken cancellationToken = default)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        LiveApplications.Add(this);
        if (Options.Dashboard.Enabled && _dashboard is null)
        {
            // First, so that it receives the telemetry of every resource from its first line.
            _dashboard = await DashboardHost.StartAsync(this, cancellationToken);
            Options.OtlpEndpoint = _dashboard.OtlpUrl.ToString().TrimEnd('/');
            _reporter.Write($"Login to the dashboard at {_dashboard.LoginUrl}");
        }

        await _orchestrator.StartAsync(cancellationToken);
    }

    /// <summary>Stops every resource, dependents before their dependencies.</summary>
    public Task StopAsync(CancellationToken cancellationToken = default) => _orchestrator.StopAllAsync();

    /// <summary>
    /// Starts, prints the URLs, and runs until Ctrl+C or SIGTERM (or <paramref name="cancellationToken"/>);
    /// then stops everything. A start failure is printed and sets the exit code to 1.
    /// </summary>
    public async Task RunAsync(CancellationToken cancellationToken = default)
    {
        using var shutdown = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        using var signals = new ShutdownSignals(shutdown, _reporter);
        try
        {
            _reporter.Write($"Portal.AppHost: data in {Options.DataDirectory}, environment {Options.EnvironmentName}");
            await StartAsync(shutdown.Token);
            ReportStarted();
            await Task.Delay(Timeout.Infinite, shutdown.Token);
        }
        catch (OperationCanceledException) when (shutdown.IsCancellationRequested)
        {
        }
        catch (DistributedApplicationException ex)
        {
            _reporter.WriteError(ex.Message);
            Environment.ExitCode = 1;
        }
        finally
        {
            _reporter.Write("Stopping...");
            await DisposeAsync();
            _reporter.Write($"Stopped after {_reporter.Elapsed.TotalSeconds:F1}s.");
        }
    }

    public void Run() => RunAsync().GetAwaiter().GetResult();

    /// <summary>An HttpClient whose BaseAddress is the resource's http endpoint (projects, MailDev's web UI).</summary>
    public HttpClient CreateHttpClient(string resourceName, string? endpointName = null) =>
        new(new SocketsHttpHandler { UseProxy = false }) { BaseAddress = GetEndpoint(resourceName, endpointName) };

    /// <summary>The connection string the AppHost injects as <c>ConnectionStrings__&lt;name&gt;</c>.</summary>
    public async Task<string?> GetConnectionStringAsync(string resourceName, CancellationToken cancellationToken = default)
    {
        var resource = _orchestrator.Get(resourceName).Resource as IResourceWithConnectionString
            ?? throw new ArgumentException($"Resource '{resourceName}' has no connection string.", nameof(resourceName));
        return await resource.GetConnectionStringAsync(cancellationToken);
    }

    /// <summary>The resource's endpoint (http first); available once StartAsync has allocated ports.</summary>
    public Uri GetEndpoint(string resourceName, string? endpointName = null) =>
        new(_orchestrator.Get(resourceName).Resource.GetEndpoint(endpointName).Url);

    /// <summary>Starts a stopped resource (it waits for its dependencies again); returns once it is on its way.</summary>
    public Task StartResourceAsync(string resourceName, CancellationToken cancellationToken = default) =>
        _orchestrator.StartResourceAsync(_orchestrator.Get(resourceName), cancellationToken);

    /// <summary>Stops one resource and waits until its processes are gone; data and credentials stay.</summary>
    public Task StopResourceAsync(string resourceName, CancellationToken cancellationToken = default) =>
        ApplicationOrchestrator.StopResourceAsync(_orchestrator.Get(resourceName));

    public async Task RestartResourceAsync(string resourceName, CancellationToken cancellationToken = default)
    {
        await StopResourceAsync(resourceName, cancellationToken);
        await StartResourceAsync(resourceName, cancellationToken);
    }

    public IReadOnlyList<ResourceSnapshot> GetResources() => [.. _orchestrator.Runtimes.Select(r => r.Snapshot)];

    /// <summary>Stops everything and the watchdog; a test application's data directory is deleted.</summary>
    public async ValueTask DisposeAsync()
    {
        await _disposeGate.WaitAsync();
        try
        {
            if (_disposed)
            {
                return;
            }

            _stopping = true;
            await _orchestrator.DisposeAsync();
            if (_dashboard is not null)
            {
                await _dashboard.DisposeAsync();
            }

            _disposed = true;
            LiveApplications.Remove(this);
        }
        finally
        {
            _disposeGate.Release();
        }
    }

    public void Dispose() => DisposeAsync().AsTask().GetAwaiter().GetResult();

    /// <summary>For process exit and unhandled exceptions: stop what runs, unless a stop is under way.</summary>
    internal void StopBeforeProcessEnds()
    {
        if (!_stopping)
        {
            DisposeAsync().AsTask().Wait(TimeSpan.FromSeconds(30));
        }
    }

    private void ReportStarted()
    {
        _reporter.Write(string.Empty);
        foreach (var snapshot in GetResources().Where(s => s.Type != "PostgresDatabase"))
        {
            foreach (var url in snapshot.Urls)
            {
                _reporter.Write($"  {snapshot.Name,-15} {url.Url}");
            }
        }

        if (_dashboard is not null)
        {
            _reporter.Write($"  {"dashboard",-15} {_dashboard.LoginUrl}");
        }

        var healthy = GetResources().Count(s => s.HealthStatus == HealthStatus.Healthy);
        _reporter.Write($"Portal started in {_reporter.Elapsed.TotalSeconds:F1}s ({healthy} resources healthy). Logs: {Path.Combine(Options.DataDirectory, "logs")}. Press Ctrl+C to stop.");
    }
}
