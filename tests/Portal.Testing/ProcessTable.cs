using System.Globalization;

namespace Portal.Testing;

/// <summary>
/// CPU time from /proc: of the whole machine and of process trees (a resource's process with its children, so that a
/// launcher's child or PostgreSQL's backends count too). Read before and after each round: on two cores, where the
/// load generator, the gateway, the replicas and PostgreSQL all run, who used the CPU says more than the rate alone.
/// The fault tests find the process tree of a replica in it (Aspire starts a project under <c>dotnet run</c>, and the
/// service is that process's child).
/// </summary>
public sealed class ProcessTable
{
    /// <summary>Linux reports CPU time in USER_HZ ticks, 100 a second on every architecture .NET runs on.</summary>
    private const double TicksPerSecond = 100;

    private readonly Dictionary<int, (int Parent, string Command, long Ticks)> _processes;

    private ProcessTable(Dictionary<int, (int Parent, string Command, long Ticks)> processes, long machineBusyTicks)
    {
        _processes = processes;
        MachineBusy = TimeSpan.FromSeconds(machineBusyTicks / TicksPerSecond);
    }

    /// <summary>CPU time all cores spent on anything but idling since boot.</summary>
    public TimeSpan MachineBusy { get; }

    public static ProcessTable Read()
    {
        var processes = new Dictionary<int, (int Parent, string Command, long Ticks)>();
        foreach (var directory in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(directory), NumberStyles.None, CultureInfo.InvariantCulture, out var pid))
            {
                continue;
            }

            try
            {
                // pid (comm) state ppid ... utime stime: the command may hold spaces and parentheses, so count from its end.
                var stat = File.ReadAllText(Path.Combine(directory, "stat"));
                var open = stat.IndexOf('(', StringComparison.Ordinal);
                var close = stat.LastIndexOf(')');
                var fields = stat[(close + 2)..].Split(' ');
                processes[pid] = (
                    int.Parse(fields[1], CultureInfo.InvariantCulture), stat[(open + 1)..close],
                    long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture));
            }
            catch (IOException)
            {
                // It ended while the table was read.
            }
        }

        // cpu  user nice system idle iowait irq softirq steal ...: busy is user, nice, system, irq and softirq.
        var machine = File.ReadLines("/proc/stat").First().Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(1)
            .Select(value => long.Parse(value, CultureInfo.InvariantCulture)).ToArray();
        return new ProcessTable(processes, machine[0] + machine[1] + machine[2] + machine[5] + machine[6]);
    }

    /// <summary>
    /// Aspire's orchestrator of this run: the DCP API server started to watch this process, whose controllers run the
    /// proxies in front of the services. Other runs on the machine have DCPs of their own, watching other processes.
    /// </summary>
    public static IReadOnlyList<int> FindDcp()
    {
        var watching = $"--monitor\0{Environment.ProcessId}\0";
        var found = new List<int>();
        foreach (var directory in Directory.EnumerateDirectories("/proc"))
        {
            try
            {
                if (int.TryParse(Path.GetFileName(directory), NumberStyles.None, CultureInfo.InvariantCulture, out var pid)
                    && File.ReadAllText(Path.Combine(directory, "cmdline")) is var arguments
                    && arguments.Contains("\0start-apiserver\0", StringComparison.Ordinal) && arguments.Contains(watching, StringComparison.Ordinal))
                {
                    found.Add(pid);
                }
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                // It ended while the table was read.
            }
        }

        return found;
    }

    /// <summary>
    /// The CPU time of <paramref name="roots"/> and all their descendants, or only of those whose command is
    /// <paramref name="command"/>: DCP's processes, without the services DCP started as their children.
    /// </summary>
    public TimeSpan OfTrees(IEnumerable<int> roots, string? command = null)
    {
        var ticks = Trees(roots)
            .Where(pid => command is null || _processes[pid].Command == command)
            .Sum(pid => _processes[pid].Ticks);
        return TimeSpan.FromSeconds(ticks / TicksPerSecond);
    }

    /// <summary><paramref name="roots"/> (those still running) and all their descendants.</summary>
    public IReadOnlyList<int> Trees(IEnumerable<int> roots)
    {
        var children = _processes.ToLookup(p => p.Value.Parent, p => p.Key);
        var seen = new List<int>();
        var pending = new Stack<int>(roots);
        while (pending.TryPop(out var pid))
        {
            if (seen.Contains(pid) || !_processes.ContainsKey(pid))
            {
                continue;
            }

            seen.Add(pid);
            foreach (var child in children[pid])
            {
                pending.Push(child);
            }
        }

        return seen;
    }
}
