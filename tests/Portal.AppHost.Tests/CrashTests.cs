using System.Collections.Concurrent;
using System.Diagnostics;
using Portal.AppHost.Hosting;
using Portal.AppHost.Tests.Infrastructure;

namespace Portal.AppHost.Tests;

/// <summary>The real AppHost executable, killed with SIGKILL: its watchdog must stop everything it started.</summary>
public sealed class CrashTests
{
    [Fact]
    public async Task KillingTheAppHostWithSigkillLeavesNoProcessBehind()
    {
        var dataDirectory = Path.Combine(Path.GetTempPath(), $"portal-crash-{Guid.NewGuid():N}"[..21]);
        using var appHost = StartAppHost("--random-ports", "--data-dir", dataDirectory, "--only", "postgres,eventbus");
        var output = new ConcurrentQueue<string>();
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        appHost.OutputDataReceived += (_, e) =>
        {
            if (e.Data is { } line)
            {
                output.Enqueue(line);
                if (line.Contains("Portal started", StringComparison.Ordinal))
                {
                    started.TrySetResult();
                }
            }
        };
        appHost.ErrorDataReceived += (_, e) => output.Enqueue($"! {e.Data}");
        appHost.Exited += (_, _) => started.TrySetException(new InvalidOperationException("The AppHost exited before it started."));
        appHost.Start();
        appHost.BeginOutputReadLine();
        appHost.BeginErrorReadLine();
        IReadOnlyList<ProcessInfo> tree = [];
        try
        {
            await started.Task.WaitAsync(TimeSpan.FromSeconds(120));
            tree = ProcessProbe.Descendants(appHost.Id);
            Assert.Contains(tree, p => p.CommandLine.Contains("postgres -D", StringComparison.Ordinal));
            Assert.Contains(tree, p => p.CommandLine.Contains("beam.smp", StringComparison.Ordinal));
            Assert.Contains(tree, p => p.CommandLine.Contains("epmd", StringComparison.Ordinal));
            Assert.Contains(tree, p => p.CommandLine.Contains("watchdog.sh", StringComparison.Ordinal));

            appHost.Kill();

            var survivors = await ProcessProbe.WaitUntilGoneAsync(tree, TimeSpan.FromSeconds(15));
            Assert.True(survivors.Count == 0, $"Still running 15 s after SIGKILL: {string.Join("; ", survivors)}");
        }
        catch (Exception ex) when (ex is not Xunit.Sdk.XunitException)
        {
            throw new InvalidOperationException($"AppHost output:\n{string.Join("\n", output)}", ex);
        }
        finally
        {
            if (!appHost.HasExited)
            {
                appHost.Kill(entireProcessTree: true);
            }

            foreach (var process in tree.Where(ProcessProbe.IsAlive))
            {
                try
                {
                    Process.GetProcessById(process.Pid).Kill();
                }
                catch (ArgumentException)
                {
                    // Gone meanwhile.
                }
            }

            if (Directory.Exists(dataDirectory))
            {
                Directory.Delete(dataDirectory, recursive: true);
            }
        }
    }

    private static Process StartAppHost(params string[] args)
    {
        var startInfo = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
        };
        startInfo.ArgumentList.Add(AppHostAssembly());
        foreach (var arg in args)
        {
            startInfo.ArgumentList.Add(arg);
        }

        return new Process { StartInfo = startInfo, EnableRaisingEvents = true };
    }

    // The AppHost is built next to the tests (a referenced executable brings its runtimeconfig along).
    private static string AppHostAssembly()
    {
        var assembly = typeof(DistributedApplication).Assembly.Location;
        Assert.True(File.Exists(Path.ChangeExtension(assembly, ".runtimeconfig.json")), $"No runtimeconfig next to {assembly}");
        return assembly;
    }
}
