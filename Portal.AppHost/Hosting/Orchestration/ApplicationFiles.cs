namespace Portal.AppHost.Hosting;

/// <summary>
/// The data directory: &lt;datadir&gt;/run (pid files, watchdog), logs/, secrets.json and one folder per
/// server. apphost.pid guards against two AppHosts sharing it; .portal-data marks it as ours, so that
/// --fresh never wipes a folder the AppHost did not create.
/// </summary>
internal sealed class ApplicationFiles(AppHostOptions options)
{
    private bool _ownsLock;

    public string? RepositoryRoot { get; } = RepositoryLocator.FindRoot();

    public string DataDirectory => options.DataDirectory;

    public string RunDirectory => Path.Combine(DataDirectory, "run");

    public string LogsDirectory => Path.Combine(DataDirectory, "logs");

    private string LockFile => Path.Combine(DataDirectory, "apphost.pid");

    private string MarkerFile => Path.Combine(DataDirectory, ".portal-data");

    public void Prepare()
    {
        if (Directory.Exists(DataDirectory))
        {
            ThrowIfInUse();
            Watchdog.CleanUpLeftovers(RunDirectory);
            if (options.Fresh)
            {
                Wipe();
            }
        }

        Directory.CreateDirectory(DataDirectory);
        Directory.CreateDirectory(RunDirectory);
        Directory.CreateDirectory(LogsDirectory);
        RotateLargeLogs();
        if (Posix.IsRoot)
        {
            // PostgreSQL runs as 'postgres' and must pass through to its folder and its password file.
            MakeTraversable(DataDirectory);
            MakeTraversable(RunDirectory);
        }

        File.WriteAllText(MarkerFile, "Data of Portal.AppHost; 'dotnet run --project Portal.AppHost -- --fresh' deletes it.\n");
        var self = ProcessTree.Identify(Environment.ProcessId) ?? new ProcessIdentity(Environment.ProcessId, 0);
        PidFile.Write(LockFile, self, Posix.SigTerm);
        _ownsLock = true;
    }

    public void Release(bool deleteTemporaryData)
    {
        if (_ownsLock && File.Exists(LockFile))
        {
            File.Delete(LockFile);
        }

        _ownsLock = false;
        if (deleteTemporaryData)
        {
            DeleteWithRetries(DataDirectory);
        }
    }

    private void ThrowIfInUse()
    {
        if (PidFile.TryRead(LockFile, out var owner, out _) && owner.Pid != Environment.ProcessId && ProcessTree.IsAlive(owner))
        {
            throw new DistributedApplicationException(
                $"Another Portal.AppHost (pid {owner.Pid}) is using {DataDirectory}. Stop it first, or choose another --data-dir.");
        }
    }

    private void Wipe()
    {
        if (!File.Exists(MarkerFile) && Directory.EnumerateFileSystemEntries(DataDirectory).Any())
        {
            throw new DistributedApplicationException(
                $"--fresh: {DataDirectory} was not created by Portal.AppHost (no .portal-data file); delete it yourself if it should go.");
        }

        Directory.Delete(DataDirectory, recursive: true);
    }

    // Logs are appended to across runs; one generation of history is enough for a development machine.
    private void RotateLargeLogs()
    {
        const long Limit = 10 * 1024 * 1024;
        foreach (var log in Directory.EnumerateFiles(LogsDirectory, "*.log").Where(f => new FileInfo(f).Length > Limit).ToList())
        {
            File.Move(log, log + ".1", overwrite: true);
        }
    }

    private static void MakeTraversable(string directory)
    {
        var mode = File.GetUnixFileMode(directory);
        File.SetUnixFileMode(directory, mode | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute);
    }

    private static void DeleteWithRetries(string directory)
    {
        for (var attempt = 1; Directory.Exists(directory); attempt++)
        {
            try
            {
                Directory.Delete(directory, recursive: true);
            }
            catch (IOException) when (attempt < 10)
            {
                // A process that just ended may still be removing its files (PostgreSQL's socket).
                Thread.Sleep(100);
            }
            catch (DirectoryNotFoundException)
            {
                return;
            }
        }
    }
}
