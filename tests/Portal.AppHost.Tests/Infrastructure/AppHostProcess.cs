using System.Collections.Concurrent;
using System.Diagnostics;
using System.Reflection;

namespace Portal.AppHost.Tests.Infrastructure;

/// <summary>
/// The real AppHost as <c>./scripts/start.sh</c> runs it (the built Portal.AppHost.dll, from the repository
/// root, with the http launch profile's environment), but in a network namespace of its own: there its
/// fixed ports (5000, 54320, 18888, ...) cannot clash with a developer's stack or another suite, and nothing
/// of the machine's can answer in its place. It leads a session and process group of its own (setsid), as a
/// terminal's foreground job does, so that a Ctrl+C can go to its group without reaching the test.
/// setsid, env, unshare and sh all exec in place: the process started is the AppHost itself.
/// </summary>
public sealed class AppHostProcess : IDisposable
{
    private readonly Process _process;
    private readonly ConcurrentQueue<string> _output = new();

    private AppHostProcess(Process process) => _process = process;

    public int Pid => _process.Id;

    public ProcessInfo Info { get; private set; } = null!;

    public bool HasExited => _process.HasExited;

    public IReadOnlyList<string> Output => [.. _output];

    public static AppHostProcess Start(RunDirectory run)
    {
        ArgumentNullException.ThrowIfNull(run);
        var repository = RepositoryRoot();
        var appHostProject = Path.Combine(repository, "Portal.AppHost");
        var dll = Path.Combine(appHostProject, "bin", Configuration(), "net10.0", "Portal.AppHost.dll");
        if (!File.Exists(dll))
        {
            throw new InvalidOperationException($"{dll} is missing: build tests/Portal.AppHost.Tests (it builds the AppHost).");
        }

        var startInfo = new ProcessStartInfo("setsid")
        {
            WorkingDirectory = repository,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            // Not the test's stdin: the AppHost must not read the console vstest runs on.
            RedirectStandardInput = true,
        };
        foreach (var argument in new[]
        {
            // A terminal's foreground job takes Ctrl+C; a test run started in the background (nohup ... &, a CI
            // job) hands SIGINT down ignored, and .NET keeps an ignored SIGINT ignored: reset it to the default.
            "env", "--default-signal=INT,QUIT",
            "unshare", "--net", "/bin/sh", "-c", "ip link set lo up && exec \"$@\"", "sh",
            Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet", dll,
            $"--Portal:DataDirectory={run.DataDirectory}",
        })
        {
            startInfo.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in LaunchProfile.EnvironmentOf(appHostProject))
        {
            startInfo.Environment[name] = value;
        }

        // The generated passwords go to this run's own store, not to the developer's AppHost secrets.
        startInfo.Environment["ASPIRE_USER_SECRETS_ID"] = run.UserSecretsId;

        var appHost = new AppHostProcess(new Process { StartInfo = startInfo });
        appHost._process.OutputDataReceived += (_, e) => appHost.OnOutput(e.Data);
        appHost._process.ErrorDataReceived += (_, e) => appHost.OnOutput(e.Data is null ? null : $"! {e.Data}");
        appHost._process.Start();
        appHost._process.BeginOutputReadLine();
        appHost._process.BeginErrorReadLine();
        appHost.Info = ProcessProbe.Read(appHost.Pid) ?? throw new InvalidOperationException("The AppHost ended at once.");
        return appHost;
    }

    /// <summary>Waits until a line of the output matches; fails with the output so far if the AppHost exits first.</summary>
    public async Task<string> WaitForLineAsync(Func<string, bool> match, TimeSpan timeout, string because)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            if (_output.FirstOrDefault(match) is { } line)
            {
                return line;
            }

            if (_process.HasExited || DateTime.UtcNow > deadline)
            {
                throw new TimeoutException(
                    $"No {because} within {timeout.TotalSeconds} s (the AppHost {(_process.HasExited ? "exited" : "is running")}):\n{string.Join("\n", _output)}");
            }

            await Task.Delay(200);
        }
    }

    /// <summary>
    /// Sends <paramref name="signal"/> to the AppHost, or to its whole process group as a terminal's Ctrl+C
    /// does, after checking that the pid is still the AppHost and leads its own group.
    /// </summary>
    public void Signal(string signal, bool toProcessGroup)
    {
        if (!ProcessProbe.IsAlive(Info) || ProcessProbe.ProcessGroupOf(Pid) != Pid)
        {
            throw new InvalidOperationException($"{Pid} is not the AppHost leading its own process group any more.");
        }

        using var kill = Process.Start(new ProcessStartInfo("kill") { ArgumentList = { "-s", signal, "--", toProcessGroup ? $"-{Pid}" : $"{Pid}" } })!;
        kill.WaitForExit();
        if (kill.ExitCode != 0)
        {
            throw new InvalidOperationException($"kill -s {signal} failed with {kill.ExitCode}.");
        }
    }

    public void Dispose()
    {
        // The pid is ours while the Process object has not reaped it; nothing else is touched here.
        if (!_process.HasExited)
        {
            _process.Kill();
            _process.WaitForExit(5000);
        }

        _process.Dispose();
    }

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Portal.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"No Portal.sln above {AppContext.BaseDirectory}.");
    }

    // The AppHost is built in the configuration the tests are (Debug unless -c Release).
    private static string Configuration() =>
        typeof(AppHostProcess).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Debug";

    private void OnOutput(string? line)
    {
        if (line is not null)
        {
            _output.Enqueue(line);
        }
    }
}
