using System.Diagnostics;
using System.Globalization;
using System.Reflection;
using System.Runtime.InteropServices;

namespace Portal.Benchmarking;

/// <summary>
/// Where, when and on which code a benchmark ran: what its page names so that a reader can weigh the figures
/// and find the code they measured.
/// </summary>
public sealed record RunInfo(
    DateTimeOffset StartedAt, string Command, string Configuration, string Commit, bool Dirty,
    int Cores, string Cpu, string Memory, string Os, string DotNet, string LoadAtStart)
{
    /// <param name="args">The options the benchmark was given, repeated in <see cref="Command"/>.</param>
    /// <param name="output">The page the run writes: a change to it alone does not make the work tree dirty.</param>
    public static RunInfo Capture(string[] args, string output)
    {
        ArgumentNullException.ThrowIfNull(args);
        var root = RepositoryRoot.Find();
        var entry = Assembly.GetEntryAssembly();
        // The benchmark's own build decides, not this library's: dotnet run -c Release builds both alike, but say what ran.
        var configuration = entry?.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "unknown";
        var project = entry?.GetName().Name ?? "?";
        var command = $"dotnet run -c {configuration} --project benchmarks/{project}" + (args.Length > 0 ? " -- " + string.Join(' ', args) : "");
        var head = Git(root, "rev-parse --short HEAD") ?? "unknown";
        var page = Path.GetRelativePath(root, Path.GetFullPath(output));
        // A page outside the repository cannot be excluded (git refuses the path), and need not be.
        var changes = Git(root, page.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(page)
            ? "status --porcelain"
            : $"status --porcelain -- . \":!{page}\"");
        return new RunInfo(
            DateTimeOffset.UtcNow, command, configuration, head, !string.IsNullOrWhiteSpace(changes), Environment.ProcessorCount, ReadCpu(), ReadMemory(),
            RuntimeInformation.OSDescription, $"{RuntimeInformation.FrameworkDescription} ({RuntimeInformation.ProcessArchitecture})", LoadAverage());
    }

    /// <summary>The commit, and whether the code measured had changes beyond it.</summary>
    public string CommitText => Dirty ? $"{Commit} dirty (the work tree had uncommitted changes)" : Commit;

    /// <summary>The commit and the machine on one console line.</summary>
    public string Summary =>
        $"{StartedAt:yyyy-MM-dd HH:mm} UTC, commit {CommitText}, {Configuration} build; {Cores} cores ({Cpu}), {Memory}, {Os}, {DotNet}; load {LoadAtStart}";

    /// <summary>The page's "Run" and "Machine" bullet points.</summary>
    public string MarkdownLines =>
        string.Create(CultureInfo.InvariantCulture, $"- Run: {StartedAt:yyyy-MM-dd HH:mm} UTC, commit `{Commit}`{(Dirty ? " dirty (the work tree had uncommitted changes)" : "")}, {Configuration} build\n")
        + $"- Machine: {Cores} cores ({Cpu}), {Memory}, {Os}, {DotNet}";

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
            return $"{long.Parse(kilobytes, CultureInfo.InvariantCulture) / 1024.0 / 1024.0:F0} GiB";
        }
        catch (Exception ex) when (ex is IOException or InvalidOperationException or FormatException)
        {
            return "unknown";
        }
    }
}
