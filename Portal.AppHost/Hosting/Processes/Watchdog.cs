using System.Diagnostics;

namespace Portal.AppHost.Hosting;

/// <summary>
/// The guard against orphans when the AppHost dies without stopping its children (SIGKILL, a crash):
/// a small shell script (watchdog.sh) in a session of its own whose stdin is a pipe from the AppHost.
/// The kernel closes that pipe when the AppHost dies, however it dies; the script then stops every
/// process recorded in run/*.pid. .NET opens its pipes close-on-exec, so no other child holds the pipe.
/// </summary>
internal sealed class Watchdog : IDisposable
{
    private readonly Process _process;

    private Watchdog(Process process) => _process = process;

    /// <summary>Starts the watchdog; <paramref name="deleteDirectory"/> is removed after a cleanup (test data).</summary>
    public static Watchdog Start(string runDirectory, string? deleteDirectory) =>
        new(Launch(runDirectory, deleteDirectory));

    /// <summary>Stops what a crashed earlier run left behind: the same script, with its stdin closed at once.</summary>
    public static void CleanUpLeftovers(string runDirectory)
    {
        if (!Directory.Exists(runDirectory) || Directory.GetFiles(runDirectory, "*.pid").Length == 0)
        {
            return;
        }

        using var process = Launch(runDirectory, null);
        process.StandardInput.Close();
        if (!process.WaitForExit(TimeSpan.FromSeconds(30)))
        {
            throw new DistributedApplicationException($"Could not stop the processes of an earlier run recorded in {runDirectory}.");
        }
    }

    /// <summary>Normal end: closing the pipe lets the script find nothing left to stop, and exit.</summary>
    public async Task StopAsync()
    {
        _process.StandardInput.Close();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        try
        {
            await _process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            _process.Kill();
        }
    }

    public void Dispose() => _process.Dispose();

    private static Process Launch(string runDirectory, string? deleteDirectory)
    {
        var script = Path.Combine(runDirectory, "watchdog.sh");
        using (var resource = typeof(Watchdog).Assembly.GetManifestResourceStream("Portal.AppHost.watchdog.sh")
            ?? throw new InvalidOperationException("watchdog.sh is not embedded."))
        using (var file = File.Create(script))
        {
            resource.CopyTo(file);
        }

        var startInfo = new ProcessStartInfo(Executables.Require("setsid"))
        {
            UseShellExecute = false,
            RedirectStandardInput = true,
            WorkingDirectory = "/",
        };
        startInfo.ArgumentList.Add("/bin/sh");
        startInfo.ArgumentList.Add(script);
        startInfo.ArgumentList.Add(runDirectory);
        if (deleteDirectory is not null)
        {
            startInfo.ArgumentList.Add(deleteDirectory);
        }

        return Process.Start(startInfo) ?? throw new InvalidOperationException("Could not start the watchdog.");
    }
}
