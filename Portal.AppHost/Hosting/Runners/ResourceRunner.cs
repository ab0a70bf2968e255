using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Portal.AppHost.Hosting;

/// <summary>
/// How one kind of resource is launched, checked and stopped. The orchestrator owns the states; a runner
/// only does the work and reports health.
/// </summary>
internal abstract class ResourceRunner(RunnerContext context)
{
    private static readonly TimeSpan StopGrace = TimeSpan.FromSeconds(10);
    private readonly List<ChildProcess> _processes = [];

    protected RunnerContext Context { get; } = context;

    /// <summary>The process whose exit ends the resource (null for a database).</summary>
    public ChildProcess? MainProcess { get; protected set; }

    /// <summary>The variables injected at the last launch, as they are shown (passwords masked).</summary>
    public virtual IReadOnlyDictionary<string, string> ShownEnvironment { get; } = new Dictionary<string, string>();

    /// <summary>Infrastructure that exits before it was ever healthy failed to start (a taken port, bad data).</summary>
    public virtual bool ExitBeforeHealthyIsStartFailure => true;

    /// <summary>Loads or creates the resource's credentials, before any port or connection string is used.</summary>
    public virtual void Prepare(SecretStore secrets)
    {
    }

    /// <summary>Launches the resource; returns when its process runs (not when it is healthy).</summary>
    public abstract Task LaunchAsync(CancellationToken cancellationToken);

    /// <summary>Healthy, Unhealthy (answers but is not well) or null (does not answer at all).</summary>
    public abstract Task<HealthStatus?> CheckHealthAsync(CancellationToken cancellationToken);

    /// <summary>Stops every process of the resource, the last started first (the broker before its epmd).</summary>
    public virtual async Task StopAsync()
    {
        List<ChildProcess> processes;
        lock (_processes)
        {
            processes = [.. _processes];
            _processes.Clear();
        }

        for (var i = processes.Count - 1; i >= 0; i--)
        {
            await processes[i].StopAsync(StopGrace);
            processes[i].Dispose();
        }

        MainProcess = null;
    }

    protected ChildProcess StartProcess(ChildProcessSpec spec)
    {
        var process = ChildProcess.Start(spec, Context.RunDirectory);
        lock (_processes)
        {
            _processes.Add(process);
        }

        return process;
    }

    /// <summary>Runs a short-lived program (initdb) to its end; its output goes to the resource's log.</summary>
    protected async Task<int> RunToCompletionAsync(ChildProcessSpec spec, CancellationToken cancellationToken)
    {
        using var process = ChildProcess.Start(spec, Context.RunDirectory);
        try
        {
            return await process.Exited.WaitAsync(cancellationToken);
        }
        catch (OperationCanceledException)
        {
            await process.StopAsync(StopGrace);
            throw;
        }
    }
}
