using System.Diagnostics;
using Portal.AppHost.Tests.Infrastructure;

namespace Portal.AppHost.Tests;

/// <summary>The real AppHost executable, killed with SIGKILL: nothing it started may outlive it.</summary>
public sealed class CrashTests : IDisposable
{
    private readonly string _dataDirectory = Path.Combine(Path.GetTempPath(), $"portal-crash-{Guid.NewGuid():N}"[..21]);
    private readonly List<ProcessInfo> _seen = [];

    [Fact]
    public async Task KillingTheAppHostWithSigkillLeavesNoProcessBehind()
    {
        using var appHost = AppHostProcess.Start("--random-ports", "--data-dir", _dataDirectory, "--only", "postgres,eventbus");
        await appHost.WaitUntilStartedAsync();
        var tree = Remember(ProcessProbe.Descendants(appHost.Pid));
        Assert.Contains(tree, p => p.CommandLine.Contains("postgres -D", StringComparison.Ordinal));
        Assert.Contains(tree, p => p.CommandLine.Contains("beam.smp", StringComparison.Ordinal));
        Assert.Contains(tree, p => p.CommandLine.Contains("epmd", StringComparison.Ordinal));
        Assert.Contains(tree, p => p.CommandLine.Contains("watchdog.sh", StringComparison.Ordinal));

        appHost.Kill();

        var survivors = await ProcessProbe.WaitUntilGoneAsync(tree, TimeSpan.FromSeconds(15));
        Assert.True(survivors.Count == 0, $"Still running 15 s after SIGKILL: {string.Join("; ", survivors)}");
    }

    [Fact]
    public async Task TheNextStartStopsWhatACrashedRunLeftBehind()
    {
        using (var crashed = AppHostProcess.Start("--random-ports", "--data-dir", _dataDirectory, "--only", "postgres"))
        {
            await crashed.WaitUntilStartedAsync();
            var tree = Remember(ProcessProbe.Descendants(crashed.Pid));
            // The watchdog goes first, so the crash really leaves the server behind.
            Process.GetProcessById(tree.Single(p => p.CommandLine.Contains("watchdog.sh", StringComparison.Ordinal)).Pid).Kill();
            crashed.Kill();
            await Task.Delay(500);
            Assert.Contains(tree, p => p.CommandLine.Contains("postgres -D", StringComparison.Ordinal) && ProcessProbe.IsAlive(p));
        }

        var orphans = _seen.Where(ProcessProbe.IsAlive).ToList();
        using var next = AppHostProcess.Start("--random-ports", "--data-dir", _dataDirectory, "--only", "postgres");
        await next.WaitUntilStartedAsync();
        Remember(ProcessProbe.Descendants(next.Pid));

        Assert.DoesNotContain(orphans, ProcessProbe.IsAlive);
    }

    public void Dispose()
    {
        // Whatever a failed test left running, and the data.
        foreach (var process in _seen.Where(ProcessProbe.IsAlive))
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

        Thread.Sleep(200);
        if (Directory.Exists(_dataDirectory))
        {
            Directory.Delete(_dataDirectory, recursive: true);
        }
    }

    private IReadOnlyList<ProcessInfo> Remember(IReadOnlyList<ProcessInfo> processes)
    {
        _seen.AddRange(processes);
        return processes;
    }
}
