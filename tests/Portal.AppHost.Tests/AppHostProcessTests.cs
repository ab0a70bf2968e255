using System.Diagnostics;
using System.Text.RegularExpressions;
using Portal.AppHost.Tests.Infrastructure;
using Portal.Contracts;
using Xunit.Abstractions;

namespace Portal.AppHost.Tests;

/// <summary>
/// The real AppHost process with the whole stack, started as <c>./scripts/start.sh</c> does (see
/// <see cref="AppHostProcess"/>), and stopped the three ways a developer's stack ends. Each start first
/// shows what the developer reads: every resource Running (Healthy), the dashboard's login link, "Portal is
/// ready". One whole-stack start per test (~35 s each on two cores).
/// </summary>
public sealed class AppHostProcessTests(ITestOutputHelper output)
{
    private static readonly string[] HealthyResources =
    [
        ResourceNames.Postgres, ResourceNames.TenantsDb, ResourceNames.IdentityDb, ResourceNames.NotificationsDb, ResourceNames.AssetsDb,
        ResourceNames.GatewayDb, ResourceNames.WebDb, ResourceNames.EventBus, ResourceNames.MailDev,
        ResourceNames.Identity, ResourceNames.Tenants, ResourceNames.Notifications, ResourceNames.Assets, ResourceNames.Web, ResourceNames.Gateway,
    ];

    private static readonly string[] Programs =
    [
        "/postgres -D ", "beam.smp", "epmd", "maildev.js",
        "Tenants.Api", "Identity.Api", "Notifications.Api", "Assets.Api", "Portal.Gateway", "Portal.Web",
    ];

    /// <summary>Within this, after the signal, every process of the run must be gone.</summary>
    private static readonly TimeSpan StopWithin = TimeSpan.FromSeconds(30);

    [Fact]
    public Task CtrlCInTheTerminalStopsEveryProcessOfTheRun() => RunAndStopAsync("INT", toProcessGroup: true);

    [Fact]
    public Task SigtermToTheAppHostStopsEveryProcessOfTheRun() => RunAndStopAsync("TERM", toProcessGroup: false);

    /// <summary>No handler of the AppHost runs: DCP, which monitors the AppHost's pid, must clean up alone.</summary>
    [Fact]
    public Task SigkillOfTheAppHostLeavesNoProcessOfTheRunBehind() => RunAndStopAsync("KILL", toProcessGroup: false);

    private async Task RunAndStopAsync(string signal, bool toProcessGroup)
    {
        var run = new RunDirectory();
        var seen = new List<ProcessInfo>();
        var appHost = AppHostProcess.Start(run);
        try
        {
            await appHost.WaitForLineAsync(l => l.Contains("Portal is ready after", StringComparison.Ordinal), TimeSpan.FromMinutes(4), "\"Portal is ready after\"");
            AssertStartReport(appHost.Output);

            var running = RunProcesses.Find(appHost.Pid, run.DataDirectory);
            seen.AddRange(running);
            // Each kind must be found while it runs, or "none left" below would prove nothing.
            Assert.Contains(running, p => p.CommandLine.Contains("dcp", StringComparison.Ordinal) && p.CommandLine.Contains($"--monitor {appHost.Pid}", StringComparison.Ordinal));
            foreach (var program in Programs)
            {
                Assert.Contains(running, p => p.CommandLine.Contains(program, StringComparison.Ordinal));
            }

            var stopping = Stopwatch.StartNew();
            appHost.Signal(signal, toProcessGroup);
            var left = await ProcessProbe.WaitUntilGoneAsync(
                () => [appHost.Info, .. seen, .. Remember(seen, RunProcesses.Find(appHost.Pid, run.DataDirectory))], StopWithin);
            output.WriteLine($"SIG{signal}: {running.Count} processes of the run; all gone after {stopping.Elapsed.TotalSeconds:F1} s.");

            Assert.True(left.Count == 0, $"Still running {StopWithin.TotalSeconds} s after SIG{signal}:\n{string.Join("\n", left)}");
        }
        finally
        {
            output.WriteLine(string.Join("\n", appHost.Output));
            // Only what this run started (pid and start time checked), if the test failed before it all stopped.
            appHost.Dispose();
            foreach (var process in seen.Concat(RunProcesses.Find(null, run.DataDirectory)))
            {
                ProcessProbe.KillIfAlive(process);
            }

            run.Delete();
        }
    }

    private static void AssertStartReport(IReadOnlyList<string> lines)
    {
        foreach (var resource in HealthyResources)
        {
            var shown = new Regex($@"Portal.*\s{Regex.Escape(resource)}\s+Running \(Healthy\)$");
            Assert.True(lines.Any(shown.IsMatch), $"No '{resource}  Running (Healthy)' line in:\n{string.Join("\n", lines)}");
        }

        Assert.Contains(lines, l => l.Contains("Login to the dashboard at http://localhost:18888/login?t=", StringComparison.Ordinal));
        Assert.Contains(lines, l => Regex.IsMatch(l, @"Portal is ready after \d+(\.\d)? s\."));
    }

    private static IReadOnlyList<ProcessInfo> Remember(List<ProcessInfo> seen, IReadOnlyList<ProcessInfo> found)
    {
        seen.AddRange(found.Where(p => !seen.Any(s => s.Pid == p.Pid && s.StartTime == p.StartTime)));
        return found;
    }
}
