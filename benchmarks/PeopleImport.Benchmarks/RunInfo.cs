using System.Diagnostics;
using System.Runtime.InteropServices;

namespace PeopleImport.Benchmarks;

/// <summary>Where and how the benchmark ran: what the page names so that a reader can weigh the figures.</summary>
public sealed record RunInfo(
    DateTimeOffset StartedAt, string Command, string Configuration, string Commit, int Cores, string Cpu, string Memory, string Os, string DotNet,
    string LoadAtStart)
{
    public static RunInfo Capture(string[] args, string repositoryRoot)
    {
#if DEBUG
        const string configuration = "Debug";
#else
        const string configuration = "Release";
#endif
        var command = $"dotnet run -c {configuration} --project benchmarks/PeopleImport.Benchmarks" + (args.Length > 0 ? " -- " + string.Join(' ', args) : "");
        return new RunInfo(
            DateTimeOffset.UtcNow, command, configuration, ReadCommit(repositoryRoot), Environment.ProcessorCount, ReadCpu(), ReadMemory(),
            RuntimeInformation.OSDescription, $"{RuntimeInformation.FrameworkDescription} ({RuntimeInformation.ProcessArchitecture})", LoadAverage());
    }

    /// <summary>The 1-, 5- and 15-minute load averages: on a shared machine, how much else was running.</summary>
    public static string LoadAverage()
    {
        try
        {
            return string.Join(" / ", File.ReadAllText("/proc/loadavg").Split(' ').Take(3));
        }
        catch (IOException)
        {
            return "unknown";
        }
    }

    private static string ReadCommit(string repositoryRoot)
    {
        var head = Git(repositoryRoot, "rev-parse --short HEAD") ?? "unknown";
        // The page this run writes does not count as a change to the code that was measured.
        var changes = Git(repositoryRoot, "status --porcelain -- . :!docs/benchmarks/people-import.md");
        return string.IsNullOrWhiteSpace(changes) ? head : head + " with uncommitted changes";
    }

    private static string? Git(string directory, string arguments)
    {
        try
        {
            using var git = Process.Start(new ProcessStartInfo("git", arguments)
            {
                WorkingDirectory = directory,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            });
            if (git is null)
            {
                return null;
            }

            var output = git.StandardOutput.ReadToEnd().Trim();
            git.WaitForExit();
            return git.ExitCode == 0 ? output : null;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null;
        }
    }

    private static string ReadCpu()
    {
        try
        {
            return File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal))?.Split(':', 2)[1].Trim() ?? "unknown";
        }
        catch (IOException)
        {
            return "unknown";
        }
    }

    private static string ReadMemory()
    {
        try
        {
            var kilobytes = File.ReadLines("/proc/meminfo").First(l => l.StartsWith("MemTotal:", StringComparison.Ordinal))
                .Split(' ', StringSplitOptions.RemoveEmptyEntries)[1];
            return $"{long.Parse(kilobytes, System.Globalization.CultureInfo.InvariantCulture) / 1024.0 / 1024.0:F0} GiB";
        }
        catch (Exception ex) when (ex is IOException or InvalidOperationException or FormatException)
        {
            return "unknown";
        }
    }
}
