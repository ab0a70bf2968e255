using System.Diagnostics;

namespace Portal.AppHost.Hosting;

/// <summary>
/// A process the AppHost launched, in a session (and process group) of its own so that a Ctrl+C at the
/// terminal does not reach it and the AppHost decides the stop order. <c>setsid</c> (and <c>setpriv</c>)
/// exec in place, so the pid .NET reports is the program's own pid, which is also its group id.
/// The pid is recorded in run/&lt;id&gt;.pid while it lives, for the watchdog and for the next start.
/// </summary>
internal sealed class ChildProcess : IDisposable
{
    private readonly Process _process;
    private readonly string _pidFile;
    private readonly int _stopSignal;
    private readonly TaskCompletionSource<int> _exited = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private ChildProcess(Process process, string pidFile, int stopSignal)
    {
        _process = process;
        _pidFile = pidFile;
        _stopSignal = stopSignal;
    }

    public int Pid => Identity.Pid;

    public ProcessIdentity Identity { get; private set; }

    /// <summary>Completes with the exit code as soon as the process itself has exited.</summary>
    public Task<int> Exited => _exited.Task;

    public bool HasExited => _exited.Task.IsCompleted;

    public static ChildProcess Start(ChildProcessSpec spec, string runDirectory)
    {
        var startInfo = new ProcessStartInfo(Executables.Require("setsid"))
        {
            UseShellExecute = false,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = spec.WorkingDirectory ?? Directory.GetCurrentDirectory(),
        };
        if (spec.RunAsUser is { } user && Posix.IsRoot)
        {
            // No forking wrapper (su, runuser) in between: signals must reach the program itself.
            startInfo.ArgumentList.Add(Executables.Require("setpriv"));
            startInfo.ArgumentList.Add($"--reuid={user}");
            startInfo.ArgumentList.Add($"--regid={user}");
            startInfo.ArgumentList.Add("--init-groups");
            startInfo.ArgumentList.Add("--");
        }

        startInfo.ArgumentList.Add(spec.FileName);
        foreach (var argument in spec.Arguments)
        {
            startInfo.ArgumentList.Add(argument);
        }

        foreach (var (key, value) in spec.Environment)
        {
            if (value is null)
            {
                startInfo.Environment.Remove(key);
            }
            else
            {
                startInfo.Environment[key] = value;
            }
        }

        var process = new Process { StartInfo = startInfo, EnableRaisingEvents = true };
        var child = new ChildProcess(process, Path.Combine(runDirectory, $"{spec.Id}.pid"), spec.StopSignal);
        process.OutputDataReceived += (_, e) => Forward(spec, e.Data, isError: false);
        process.ErrorDataReceived += (_, e) => Forward(spec, e.Data, isError: true);
        process.Exited += (_, _) => child.OnExited();

        process.Start();
        child.Identity = ProcessTree.Identify(process.Id) ?? new ProcessIdentity(process.Id, 0);
        PidFile.Write(child._pidFile, child.Identity, spec.StopSignal);
        if (process.HasExited)
        {
            // Exited may have fired before the pid file existed; do not leave it behind.
            File.Delete(child._pidFile);
        }

        // No program here reads stdin; end-of-file at once rather than the AppHost's terminal.
        process.StandardInput.Close();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return child;
    }

    /// <summary>
    /// Stops the process and everything it started: the stop signal to its group, up to
    /// <paramref name="grace"/> to exit, then SIGKILL to the group and to every descendant that is left.
    /// </summary>
    public async Task StopAsync(TimeSpan grace)
    {
        if (HasExited)
        {
            return;
        }

        var descendants = ProcessTree.GetDescendants(Pid);
        SignalGroup(_stopSignal);
        await Task.WhenAny(Exited, Task.Delay(grace));
        if (!HasExited)
        {
            SignalGroup(Posix.SigKill);
            await Task.WhenAny(Exited, Task.Delay(TimeSpan.FromSeconds(5)));
        }

        // Descendants outside the group (backends, Erlang helpers) normally leave with their parent.
        var deadline = DateTime.UtcNow.AddSeconds(2);
        while (descendants.Any(ProcessTree.IsAlive) && DateTime.UtcNow < deadline)
        {
            await Task.Delay(100);
        }

        ProcessTree.KillSurvivors(descendants);
    }

    /// <summary>
    /// Waits (briefly) until the output pipes are drained after an exit, so that the last lines a process
    /// printed are in the log before its exit is reported. A descendant may hold the pipes open; hence the limit.
    /// </summary>
    public async Task WaitForOutputAsync(TimeSpan limit)
    {
        try
        {
            await _process.WaitForExitAsync().WaitAsync(limit);
        }
        catch (TimeoutException)
        {
        }
    }

    public void Dispose() => _process.Dispose();

    private static void Forward(ChildProcessSpec spec, string? line, bool isError)
    {
        if (line is not null)
        {
            spec.Output(line, isError);
        }
    }

    private void SignalGroup(int signal)
    {
        // The group id is the pid (setsid); fall back to the pid alone if the group is gone already.
        if (ProcessTree.IsAlive(Identity) && !Posix.Signal(-Pid, signal))
        {
            Posix.Signal(Pid, signal);
        }
    }

    private void OnExited()
    {
        // Whatever is left in its group (a broker whose wrapper script died) must not outlive it.
        Posix.Signal(-_process.Id, Posix.SigKill);
        try
        {
            File.Delete(_pidFile);
        }
        catch (IOException)
        {
            // The data directory may be gone already (test application disposed).
        }

        _exited.TrySetResult(_process.ExitCode);
    }
}
