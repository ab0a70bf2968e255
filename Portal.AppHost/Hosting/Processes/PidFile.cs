using System.Globalization;

namespace Portal.AppHost.Hosting;

/// <summary>
/// <c>&lt;datadir&gt;/run/&lt;name&gt;.pid</c>: pid, start time and stop signal, one per line. The watchdog
/// (a shell script) reads the same files when the AppHost is gone.
/// </summary>
internal static class PidFile
{
    public static void Write(string path, ProcessIdentity process, int stopSignal) =>
        File.WriteAllText(path, $"{process.Pid}\n{process.StartTime}\n{Posix.SignalName(stopSignal)}\n");

    public static bool TryRead(string path, out ProcessIdentity process, out int stopSignal)
    {
        process = default;
        stopSignal = Posix.SigTerm;
        try
        {
            var lines = File.ReadAllLines(path);
            if (lines.Length < 2
                || !int.TryParse(lines[0], CultureInfo.InvariantCulture, out var pid)
                || !long.TryParse(lines[1], CultureInfo.InvariantCulture, out var start))
            {
                return false;
            }

            process = new ProcessIdentity(pid, start);
            stopSignal = Posix.SignalNumber(lines.Length > 2 ? lines[2] : "TERM");
            return true;
        }
        catch (IOException)
        {
            return false;
        }
    }
}
