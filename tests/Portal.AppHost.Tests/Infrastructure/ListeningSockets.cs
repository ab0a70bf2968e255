using System.Globalization;
using System.Net;

namespace Portal.AppHost.Tests.Infrastructure;

/// <summary>The TCP sockets in LISTEN state that belong to given processes (from /proc/net/tcp and tcp6).</summary>
public static class ListeningSockets
{
    public static IReadOnlyList<ListeningSocket> Of(IEnumerable<int> pids)
    {
        var owners = new Dictionary<string, int>();
        foreach (var pid in pids)
        {
            try
            {
                foreach (var fd in Directory.EnumerateFiles($"/proc/{pid}/fd"))
                {
                    var target = new FileInfo(fd).LinkTarget;
                    if (target is not null && target.StartsWith("socket:[", StringComparison.Ordinal))
                    {
                        owners[target[8..^1]] = pid;
                    }
                }
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                // The process ended meanwhile.
            }
        }

        return [.. Read("/proc/net/tcp", owners), .. Read("/proc/net/tcp6", owners)];
    }

    private static IEnumerable<ListeningSocket> Read(string table, Dictionary<string, int> owners)
    {
        foreach (var line in File.ReadLines(table).Skip(1))
        {
            var fields = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            const string Listen = "0A";
            if (fields[3] == Listen && owners.TryGetValue(fields[9], out var pid))
            {
                var local = fields[1].Split(':');
                yield return new ListeningSocket(ParseAddress(local[0]), int.Parse(local[1], NumberStyles.HexNumber, CultureInfo.InvariantCulture), pid);
            }
        }
    }

    // The kernel prints each 32-bit word of the address in host (little-endian) order.
    private static IPAddress ParseAddress(string hex)
    {
        var bytes = new byte[hex.Length / 2];
        for (var word = 0; word < bytes.Length / 4; word++)
        {
            for (var i = 0; i < 4; i++)
            {
                bytes[(word * 4) + i] = byte.Parse(hex.AsSpan((word * 8) + ((3 - i) * 2), 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture);
            }
        }

        return new IPAddress(bytes);
    }
}
