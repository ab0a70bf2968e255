using System.Runtime.InteropServices;

namespace Portal.AppHost.Hosting;

/// <summary>
/// Ctrl+C, SIGTERM, SIGHUP and SIGQUIT start an orderly stop. A second signal is not held back: the
/// process ends at once, and the watchdog stops whatever is still running.
/// </summary>
internal sealed class ShutdownSignals : IDisposable
{
    private readonly List<PosixSignalRegistration> _registrations;
    private int _received;

    public ShutdownSignals(CancellationTokenSource shutdown, ConsoleReporter reporter)
    {
        _registrations =
        [
            .. new[] { PosixSignal.SIGINT, PosixSignal.SIGTERM, PosixSignal.SIGHUP, PosixSignal.SIGQUIT }
                .Select(signal => PosixSignalRegistration.Create(signal, context =>
                {
                    if (Interlocked.Increment(ref _received) == 1)
                    {
                        context.Cancel = true;
                        reporter.Write($"{context.Signal} received: stopping (press Ctrl+C again to end at once).");
                        shutdown.Cancel();
                    }
                    else
                    {
                        // Let the default action end the process; nothing blocks it (the application is stopping).
                        context.Cancel = false;
                    }
                })),
        ];
    }

    public void Dispose()
    {
        foreach (var registration in _registrations)
        {
            registration.Dispose();
        }
    }
}
