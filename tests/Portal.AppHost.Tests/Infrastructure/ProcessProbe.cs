using System.Globalization;

namespace Portal.AppHost.Tests.Infrastructure;

/// <summary>
/// Reads the process tree from /proc, independently of the AppHost's own code, so that the tests check
/// the AppHost rather than agree with it. Zombies count as gone: PID 1 here does not reap orphans.
/// </summary>
public static class ProcessProbe
{
    public static IReadOnlyList<ProcessInfo> Descendants(int rootPid)
    {
        var all = new List<(ProcessInfo Process, int Parent)>();
        foreach (var directory in Directory.EnumerateDirectories("/proc"))
        {
            if (int.TryParse(Path.GetFileName(directory), NumberStyles.None, CultureInfo.InvariantCulture, out var pid)
                && Read(pid) is { } entry)
            {
                all.Add(entry);
            }
        }

        var result = new List<ProcessInfo>();
        var parents = new HashSet<int> { rootPid };
        bool added;
        do
        {
            added = false;
            foreach (var (process, parent) in all)
            {
                if (parents.Contains(parent) && parents.Add(process.Pid))
                {
                    result.Add(process);
                    added = true;
                }
            }
        }
        while (added);

        return result;
    }

    public static bool IsAlive(ProcessInfo process) => Read(process.Pid) is { } now && now.Process.StartTime == process.StartTime;

    /// <summary>Waits up to <paramref name="timeout"/> for the processes to end; returns those still alive.</summary>
    public static async Task<IReadOnlyList<ProcessInfo>> WaitUntilGoneAsync(IEnumerable<ProcessInfo> processes, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            var alive = processes.Where(IsAlive).ToList();
            if (alive.Count == 0 || DateTime.UtcNow > deadline)
            {
                return alive;
            }

            await Task.Delay(100);
        }
    }

    private static (ProcessInfo Process, int Parent)? Read(int pid)
    {
        try
        {
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            if (fields[0] is "Z" or "X")
            {
                return null;
            }

            var commandLine = File.ReadAllText($"/proc/{pid}/cmdline").Replace('\0', ' ').Trim();
            var process = new ProcessInfo(pid, long.Parse(fields[19], CultureInfo.InvariantCulture), commandLine);
            return (process, int.Parse(fields[1], CultureInfo.InvariantCulture));
        }
        catch (IOException)
        {
            return null;
        }
    }
}
