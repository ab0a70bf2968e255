using System.Diagnostics;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Portal.AppHost.Hosting;

/// <summary>
/// The AppHost's console: one line per state change (<c>[  3.2s] postgres        Running (healthy)</c>)
/// and, with --verbose, every resource's output prefixed with its name. Test applications are silent.
/// </summary>
internal sealed class ConsoleReporter(bool enabled, bool verbose)
{
    private readonly Lock _gate = new();
    private readonly Stopwatch _clock = Stopwatch.StartNew();

    public TimeSpan Elapsed => _clock.Elapsed;

    public void StateChanged(ResourceSnapshot snapshot)
    {
        var health = snapshot.State == KnownResourceStates.Running && snapshot.HealthStatus is { } status
            ? status == HealthStatus.Healthy ? " (healthy)" : " (unhealthy)"
            : string.Empty;
        var detail = snapshot.State is KnownResourceStates.FailedToStart or KnownResourceStates.Exited && snapshot.StateReason is { } reason
            ? $": {reason}"
            : string.Empty;
        Write($"[{_clock.Elapsed.TotalSeconds,5:F1}s] {snapshot.Name,-15} {snapshot.State}{health}{detail}");
    }

    public void Output(string resource, string line, bool isError)
    {
        if (verbose)
        {
            Write($"{resource,-15}{(isError ? "!" : "|")} {line}");
        }
    }

    public void Write(string line)
    {
        if (!enabled)
        {
            return;
        }

        lock (_gate)
        {
            Console.Out.WriteLine(line);
        }
    }

    public void WriteError(string text)
    {
        lock (_gate)
        {
            Console.Error.WriteLine(text);
        }
    }
}
