namespace Portal.AppHost.Tests.Infrastructure;

/// <summary>
/// The processes of one run, found the ways they are tied to it: DCP is started detached (its parent is not
/// the AppHost) with <c>--monitor &lt;pid&gt;</c>, and its second process monitors the first; the executables
/// run with the run's data directory in their command line or as their working directory; and everything
/// any of these started descends from them (PostgreSQL's backends, epmd, the services behind <c>dotnet run</c>).
/// Nothing else on the machine is ever counted, so other engineers' stacks are neither waited for nor touched.
/// </summary>
public static class RunProcesses
{
    /// <param name="monitoredPid">The AppHost (or, for an in-process application, the test process) DCP monitors; null to skip DCP.</param>
    /// <param name="dataDirectory">The run's <c>Portal:DataDirectory</c>.</param>
    public static IReadOnlyList<ProcessInfo> Find(int? monitoredPid, string dataDirectory)
    {
        var all = ProcessProbe.Snapshot();
        var directory = Path.TrimEndingDirectorySeparator(Path.GetFullPath(dataDirectory));
        var roots = new HashSet<int>();
        foreach (var process in all.Where(p => InDirectory(p, directory)))
        {
            roots.Add(process.Pid);
        }

        if (monitoredPid is { } monitored)
        {
            var monitors = new HashSet<int> { monitored };
            bool added;
            do
            {
                added = false;
                foreach (var process in all.Where(p => !monitors.Contains(p.Pid) && Monitors(p).Any(monitors.Contains)))
                {
                    monitors.Add(process.Pid);
                    roots.Add(process.Pid);
                    added = true;
                }
            }
            while (added);
        }

        // The test process itself can be "monitored" and be the parent of in-process applications' DCP: never count it.
        roots.Remove(Environment.ProcessId);
        return Descendants(all, roots);
    }

    private static bool InDirectory(ProcessInfo process, string directory) =>
        process.CommandLine.Contains(directory, StringComparison.Ordinal)
        || (process.WorkingDirectory is { } cwd
            && (cwd == directory || cwd.StartsWith(directory + Path.DirectorySeparatorChar, StringComparison.Ordinal)));

    /// <summary>The pids after <c>--monitor</c> in a command line (DCP's way of tying itself to its AppHost).</summary>
    private static IEnumerable<int> Monitors(ProcessInfo process)
    {
        var arguments = process.CommandLine.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i < arguments.Length - 1; i++)
        {
            if (arguments[i] == "--monitor" && int.TryParse(arguments[i + 1], out var pid))
            {
                yield return pid;
            }
        }
    }

    private static List<ProcessInfo> Descendants(IReadOnlyList<ProcessInfo> all, HashSet<int> roots)
    {
        var members = new HashSet<int>(roots);
        bool added;
        do
        {
            added = false;
            foreach (var process in all)
            {
                if (members.Contains(process.ParentPid) && process.Pid != Environment.ProcessId && members.Add(process.Pid))
                {
                    added = true;
                }
            }
        }
        while (added);

        return [.. all.Where(p => members.Contains(p.Pid))];
    }
}
