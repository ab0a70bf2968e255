using System.Globalization;

namespace Portal.AppHost.Tests.Infrastructure;

/// <summary>
/// Reads the machine's processes from /proc, independently of Aspire and of our hosting code, so that the
/// tests check what is running rather than what the code believes. Zombies count as gone: PID 1 here does
/// not reap orphans, and a zombie holds no port, file or memory.
/// </summary>
public static class ProcessProbe
{
    public static IReadOnlyList<ProcessInfo> Snapshot()
    {
        var processes = new List<ProcessInfo>();
        foreach (var directory in Directory.EnumerateDirectories("/proc"))
        {
            if (int.TryParse(Path.GetFileName(directory), NumberStyles.None, CultureInfo.InvariantCulture, out var pid)
                && Read(pid) is { } process)
            {
                processes.Add(process);
            }
        }

        return processes;
    }

    public static bool IsAlive(ProcessInfo process) => Read(process.Pid) is { } now && now.StartTime == process.StartTime;

    /// <summary>Waits up to <paramref name="timeout"/> for the processes to end; returns those still alive.</summary>
    public static async Task<IReadOnlyList<ProcessInfo>> WaitUntilGoneAsync(Func<IEnumerable<ProcessInfo>> processes, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            var alive = processes().Where(IsAlive).DistinctBy(p => (p.Pid, p.StartTime)).ToList();
            if (alive.Count == 0 || DateTime.UtcNow > deadline)
            {
                return alive;
            }

            await Task.Delay(200);
        }
    }

    /// <summary>SIGKILL, after checking that the pid is still the process that was seen.</summary>
    public static void KillIfAlive(ProcessInfo process)
    {
        if (!IsAlive(process))
        {
            return;
        }

        try
        {
            using var running = System.Diagnostics.Process.GetProcessById(process.Pid);
            running.Kill();
        }
        catch (Exception ex) when (ex is ArgumentException or InvalidOperationException or System.ComponentModel.Win32Exception)
        {
            // Ended meanwhile.
        }
    }

    public static ProcessInfo? Read(int pid)
    {
        try
        {
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            // The command name in parentheses may contain spaces: the fields start after its closing parenthesis.
            var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            if (fields[0] is "Z" or "X")
            {
                return null;
            }

            var commandLine = File.ReadAllText($"/proc/{pid}/cmdline").Replace('\0', ' ').Trim();
            string? workingDirectory = null;
            try
            {
                workingDirectory = new DirectoryInfo($"/proc/{pid}/cwd").LinkTarget;
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                // Gone meanwhile, or a kernel thread.
            }

            return new ProcessInfo(
                pid,
                int.Parse(fields[1], CultureInfo.InvariantCulture),
                long.Parse(fields[19], CultureInfo.InvariantCulture),
                commandLine,
                workingDirectory);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>The process group of a live process (field 5 of /proc/pid/stat).</summary>
    public static int? ProcessGroupOf(int pid)
    {
        try
        {
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            return int.Parse(stat[(stat.LastIndexOf(')') + 2)..].Split(' ')[2], CultureInfo.InvariantCulture);
        }
        catch (IOException)
        {
            return null;
        }
    }
}
