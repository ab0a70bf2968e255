using System.Globalization;

namespace Portal.AppHost.Hosting;

/// <summary>
/// Reads the process tree from /proc. PostgreSQL backends and Erlang's helpers start sessions of their
/// own, so signalling a process group is not enough: stopping a resource also walks its descendants.
/// </summary>
internal static class ProcessTree
{
    public static ProcessIdentity? Identify(int pid) =>
        TryRead(pid, out _, out var state, out var start) && state != 'Z' ? new ProcessIdentity(pid, start) : null;

    /// <summary>Alive means: there, not a zombie (PID 1 here does not reap orphans), same start time.</summary>
    public static bool IsAlive(ProcessIdentity process) =>
        TryRead(process.Pid, out _, out var state, out var start) && state is not ('Z' or 'X') && start == process.StartTime;

    /// <summary>Every live descendant of <paramref name="rootPid"/> (not the root itself).</summary>
    public static List<ProcessIdentity> GetDescendants(int rootPid)
    {
        var children = new Dictionary<int, List<ProcessIdentity>>();
        foreach (var directory in Directory.EnumerateDirectories("/proc"))
        {
            if (int.TryParse(Path.GetFileName(directory), NumberStyles.None, CultureInfo.InvariantCulture, out var pid)
                && TryRead(pid, out var parent, out var state, out var start) && state != 'Z')
            {
                if (!children.TryGetValue(parent, out var list))
                {
                    children[parent] = list = [];
                }

                list.Add(new ProcessIdentity(pid, start));
            }
        }

        var result = new List<ProcessIdentity>();
        var pending = new Stack<int>([rootPid]);
        while (pending.TryPop(out var current))
        {
            foreach (var child in children.GetValueOrDefault(current) ?? [])
            {
                result.Add(child);
                pending.Push(child.Pid);
            }
        }

        return result;
    }

    public static void KillSurvivors(IEnumerable<ProcessIdentity> processes)
    {
        foreach (var process in processes.Where(IsAlive))
        {
            Posix.Signal(process.Pid, Posix.SigKill);
        }
    }

    private static bool TryRead(int pid, out int parentPid, out char state, out long startTime)
    {
        parentPid = 0;
        state = '?';
        startTime = 0;
        string stat;
        try
        {
            stat = File.ReadAllText($"/proc/{pid}/stat");
        }
        catch (IOException)
        {
            return false;
        }
        catch (UnauthorizedAccessException)
        {
            return false;
        }

        // "pid (comm) state ppid pgrp ... starttime(22)"; comm may hold spaces and parentheses.
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        state = fields[0][0];
        parentPid = int.Parse(fields[1], CultureInfo.InvariantCulture);
        startTime = long.Parse(fields[19], CultureInfo.InvariantCulture);
        return true;
    }
}
