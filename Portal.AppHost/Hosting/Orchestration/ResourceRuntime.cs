namespace Portal.AppHost.Hosting;

/// <summary>The live side of one resource: its snapshot, output, runner and current run.</summary>
internal sealed class ResourceRuntime : IDisposable
{
    private readonly Lock _gate = new();
    private readonly ResourceNotificationService _notifications;
    private readonly ConsoleReporter _reporter;
    private readonly string _logFile;
    private StreamWriter? _log;
    private ResourceSnapshot _snapshot;

    public ResourceRuntime(Resource resource, ResourceNotificationService notifications, ConsoleReporter reporter, string logsDirectory)
    {
        Resource = resource;
        _notifications = notifications;
        _reporter = reporter;
        _logFile = Path.Combine(logsDirectory, $"{resource.Name}.log");
        _snapshot = new ResourceSnapshot
        {
            Name = resource.Name,
            Type = resource.ResourceType,
            State = KnownResourceStates.NotStarted,
            DependsOn = [.. resource.Dependencies.Select(d => d.Name)],
            Logs = Logs,
        };
        notifications.Publish(_snapshot);
    }

    public Resource Resource { get; }

    public ResourceLogBuffer Logs { get; } = new();

    public ResourceRunner Runner { get; set; } = null!;

    /// <summary>Serializes start and stop of this resource.</summary>
    public SemaphoreSlim Gate { get; } = new(1, 1);

    public ResourceRun? Run { get; set; }

    public ResourceSnapshot Snapshot
    {
        get
        {
            lock (_gate)
            {
                return _snapshot;
            }
        }
    }

    public void Update(Func<ResourceSnapshot, ResourceSnapshot> change)
    {
        lock (_gate)
        {
            var before = _snapshot;
            var after = change(_snapshot);
            if (ReferenceEquals(after, before))
            {
                return;
            }

            _snapshot = after;
            _notifications.Publish(after);
            if (before.State != after.State || before.HealthStatus != after.HealthStatus)
            {
                _reporter.StateChanged(after);
            }
        }
    }

    /// <summary>A line of the resource's console output: ring buffer, logs/&lt;name&gt;.log, --verbose console.</summary>
    public void WriteOutput(string line, bool isError)
    {
        Logs.Add(line, isError);
        _reporter.Output(Resource.Name, line, isError);
        WriteLogFile(line);
    }

    private void WriteLogFile(string line)
    {
        lock (_gate)
        {
            try
            {
                _log ??= new StreamWriter(_logFile, append: true) { AutoFlush = true };
                _log.WriteLine(line);
            }
            catch (IOException)
            {
                // The log file is a convenience; the ring buffer still has the line.
            }
        }
    }

    /// <summary>Separates the runs in logs/&lt;name&gt;.log, which is appended to across starts.</summary>
    public void MarkStartInLogFile() => WriteLogFile($"===== {DateTimeOffset.Now:yyyy-MM-dd HH:mm:ss zzz} starting {Resource.Name} =====");

    public void Dispose()
    {
        lock (_gate)
        {
            _log?.Dispose();
            _log = null;
        }

        Run?.Dispose();
        Gate.Dispose();
    }
}
