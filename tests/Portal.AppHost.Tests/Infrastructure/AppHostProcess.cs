using System.Collections.Concurrent;
using System.Diagnostics;
using Portal.AppHost.Hosting;

namespace Portal.AppHost.Tests.Infrastructure;

/// <summary>The real AppHost executable (<c>dotnet Portal.AppHost.dll ...</c>) as a child of the test.</summary>
public sealed class AppHostProcess : IDisposable
{
    private readonly Process _process;
    private readonly ConcurrentQueue<string> _output = new();
    private readonly TaskCompletionSource _started = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private AppHostProcess(Process process) => _process = process;

    public int Pid => _process.Id;

    public bool HasExited => _process.HasExited;

    public string Output => string.Join("\n", _output);

    public static AppHostProcess Start(params string[] args)
    {
        var startInfo = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
        };
        startInfo.ArgumentList.Add(AssemblyPath());
        foreach (var arg in args)
        {
            startInfo.ArgumentList.Add(arg);
        }

        var appHost = new AppHostProcess(new Process { StartInfo = startInfo, EnableRaisingEvents = true });
        appHost._process.OutputDataReceived += (_, e) => appHost.OnOutput(e.Data);
        appHost._process.ErrorDataReceived += (_, e) => appHost.OnOutput(e.Data is null ? null : $"! {e.Data}");
        appHost._process.Exited += (_, _) => appHost._started.TrySetException(
            new InvalidOperationException($"The AppHost exited before it started:\n{appHost.Output}"));
        appHost._process.Start();
        appHost._process.BeginOutputReadLine();
        appHost._process.BeginErrorReadLine();
        return appHost;
    }

    /// <summary>Until the AppHost prints "Portal started" (every resource healthy).</summary>
    public Task WaitUntilStartedAsync() => _started.Task.WaitAsync(TimeSpan.FromSeconds(120));

    /// <summary>SIGKILL: no handler of the AppHost runs.</summary>
    public void Kill() => _process.Kill();

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }

        _process.Dispose();
    }

    // The AppHost is built next to the tests (a referenced executable brings its runtimeconfig along).
    private static string AssemblyPath()
    {
        var assembly = typeof(DistributedApplication).Assembly.Location;
        if (!File.Exists(Path.ChangeExtension(assembly, ".runtimeconfig.json")))
        {
            throw new InvalidOperationException($"No runtimeconfig next to {assembly}.");
        }

        return assembly;
    }

    private void OnOutput(string? line)
    {
        if (line is null)
        {
            return;
        }

        _output.Enqueue(line);
        if (line.Contains("Portal started", StringComparison.Ordinal))
        {
            _started.TrySetResult();
        }
    }
}
