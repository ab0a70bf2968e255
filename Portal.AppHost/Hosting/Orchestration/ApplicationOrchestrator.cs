namespace Portal.AppHost.Hosting;

/// <summary>
/// Runs the resources: prepares the data directory, starts every resource in parallel (each waiting,
/// in state Waiting, until what it waits for is healthy), watches health and exits, and stops dependents
/// before their dependencies.
/// </summary>
internal sealed class ApplicationOrchestrator : IAsyncDisposable
{
    private readonly AppHostOptions _options;
    private readonly ResourceNotificationService _notifications;
    private readonly ApplicationFiles _files;
    private readonly List<ResourceRuntime> _runtimes;
    private readonly Dictionary<IResource, ResourceRuntime> _byResource = [];
    private readonly SemaphoreSlim _prepareGate = new(1, 1);
    private Watchdog? _watchdog;
    private bool _prepared;

    public ApplicationOrchestrator(AppHostOptions options, IReadOnlyList<Resource> resources, ResourceNotificationService notifications, ConsoleReporter reporter)
    {
        _options = options;
        _notifications = notifications;
        _files = new ApplicationFiles(options);
        DependencyGraph.ThrowOnCycle(resources);
        _runtimes = [.. resources.Select(resource => CreateRuntime(resource, reporter))];
        foreach (var runtime in _runtimes)
        {
            _byResource[runtime.Resource] = runtime;
        }
    }

    public IReadOnlyList<ResourceRuntime> Runtimes => _runtimes;

    public ResourceRuntime Get(string name) =>
        _runtimes.FirstOrDefault(r => string.Equals(r.Resource.Name, name, StringComparison.OrdinalIgnoreCase))
        ?? throw new ArgumentException($"There is no resource named '{name}'.", nameof(name));

    /// <summary>Starts every resource and returns when all are Running and Healthy; throws on a failure.</summary>
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await PrepareAsync(cancellationToken);
        foreach (var runtime in _runtimes)
        {
            await StartResourceAsync(runtime, cancellationToken);
        }

        await new StartupMonitor(_options, _notifications, _runtimes, _files).WaitAsync(cancellationToken);
    }

    public async Task StartResourceAsync(ResourceRuntime runtime, CancellationToken cancellationToken)
    {
        await PrepareAsync(cancellationToken);
        await runtime.Gate.WaitAsync(cancellationToken);
        try
        {
            if (runtime.Run is { IsActive: true })
            {
                return;
            }

            runtime.Run?.Dispose();
            var run = new ResourceRun();
            runtime.Run = run;
            // Leave the old state at once, so a waiter does not act on the previous run's failure.
            var waits = ResourceRunLoop.WaitsFor(runtime.Resource).Any();
            runtime.Update(s => s with
            {
                State = waits ? KnownResourceStates.Waiting : KnownResourceStates.Starting,
                HealthStatus = null,
                StateReason = null,
            });
            run.Completion = Task.Run(() => new ResourceRunLoop(_notifications).RunAsync(runtime, run), CancellationToken.None);
        }
        finally
        {
            runtime.Gate.Release();
        }
    }

    public static async Task StopResourceAsync(ResourceRuntime runtime)
    {
        await runtime.Gate.WaitAsync();
        try
        {
            if (runtime.Run is not { } run)
            {
                return;
            }

            run.Stopping = true;
            await run.Cancellation.CancelAsync();
            await run.Completion;
            var state = runtime.Snapshot.State;
            if (state is KnownResourceStates.Waiting or KnownResourceStates.NotStarted)
            {
                await runtime.Runner.StopAsync();
                runtime.Update(s => s with { State = KnownResourceStates.NotStarted, HealthStatus = null });
                return;
            }

            if (state is KnownResourceStates.Exited or KnownResourceStates.FailedToStart or KnownResourceStates.Finished)
            {
                await runtime.Runner.StopAsync();
                return;
            }

            runtime.Update(s => s with { State = KnownResourceStates.Stopping, HealthStatus = null });
            var main = runtime.Runner.MainProcess;
            await runtime.Runner.StopAsync();
            runtime.Update(s => s with
            {
                State = KnownResourceStates.Exited,
                StateReason = "stopped",
                StoppedAt = DateTimeOffset.UtcNow,
                ExitCode = main is { Exited.IsCompletedSuccessfully: true } ? main.Exited.Result : null,
            });
        }
        finally
        {
            runtime.Gate.Release();
        }
    }

    /// <summary>Stops everything, each resource only after every resource that depends on it.</summary>
    public async Task StopAllAsync()
    {
        var dependents = _runtimes.ToDictionary(r => r, _ => new List<ResourceRuntime>());
        foreach (var runtime in _runtimes)
        {
            foreach (var dependency in runtime.Resource is Resource r ? r.Dependencies : [])
            {
                if (_byResource.TryGetValue(dependency, out var target))
                {
                    dependents[target].Add(runtime);
                }
            }
        }

        var stops = new Dictionary<ResourceRuntime, Task>();
        Task StopInOrder(ResourceRuntime runtime)
        {
            if (!stops.TryGetValue(runtime, out var task))
            {
                task = StopAfterDependentsAsync(runtime);
                stops[runtime] = task;
            }

            return task;
        }

        async Task StopAfterDependentsAsync(ResourceRuntime runtime)
        {
            await Task.WhenAll(dependents[runtime].Select(StopInOrder).ToList());
            await StopResourceAsync(runtime);
        }

        await Task.WhenAll(_runtimes.Select(StopInOrder).ToList());
    }

    public async ValueTask DisposeAsync()
    {
        await StopAllAsync();
        if (_watchdog is not null)
        {
            await _watchdog.StopAsync();
            _watchdog.Dispose();
        }

        foreach (var runtime in _runtimes)
        {
            runtime.Dispose();
        }

        _prepareGate.Dispose();
        _files.Release(deleteTemporaryData: _options.IsTemporary);
    }

    private async Task PrepareAsync(CancellationToken cancellationToken)
    {
        await _prepareGate.WaitAsync(cancellationToken);
        try
        {
            if (_prepared)
            {
                return;
            }

            Prerequisites.Check(_runtimes.Select(r => r.Resource), _files.RepositoryRoot);
            _files.Prepare();
            var secrets = SecretStore.Load(_options.DataDirectory);
            foreach (var runtime in _runtimes)
            {
                runtime.Runner.Prepare(secrets);
                foreach (var endpoint in runtime.Resource.Endpoints)
                {
                    endpoint.AllocatedPort ??= PortAllocator.Allocate(endpoint.FixedPort, _options.UseRandomPorts, runtime.Resource.Name);
                }

                var urls = runtime.Resource.Endpoints.Where(e => e.IsVisible).Select(e => new ResourceUrl(e.Name, e.Url)).ToList();
                runtime.Update(s => s with { Urls = urls });
            }

            _watchdog = Watchdog.Start(_files.RunDirectory, _options.IsTemporary ? _options.DataDirectory : null);
            _prepared = true;
        }
        finally
        {
            _prepareGate.Release();
        }
    }

    private ResourceRuntime CreateRuntime(Resource resource, ConsoleReporter reporter)
    {
        var runtime = new ResourceRuntime(resource, _notifications, reporter, _files.LogsDirectory);
        var context = new RunnerContext
        {
            Options = _options,
            DataDirectory = _options.DataDirectory,
            RunDirectory = _files.RunDirectory,
            RepositoryRoot = _files.RepositoryRoot,
            Output = runtime.WriteOutput,
        };
        runtime.Runner = resource switch
        {
            PostgresServerResource postgres => new PostgresRunner(postgres, context),
            PostgresDatabaseResource database => new PostgresDatabaseRunner(database, context),
            RabbitMQServerResource rabbit => new RabbitMQRunner(rabbit, context),
            MailDevResource mailDev => new MailDevRunner(mailDev, context),
            ProjectResource project => new ProjectRunner(project, context),
            _ => throw new NotSupportedException($"No runner for {resource.GetType().Name}."),
        };
        return runtime;
    }
}
