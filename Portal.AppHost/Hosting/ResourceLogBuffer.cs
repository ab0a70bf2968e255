namespace Portal.AppHost.Hosting;

/// <summary>
/// The last lines of one resource's console output (stdout and stderr, told apart), kept across restarts.
/// Bounded so that a chatty service cannot grow the AppHost without limit.
/// </summary>
public sealed class ResourceLogBuffer
{
    private readonly Lock _gate = new();
    private readonly LogLine[] _lines;
    private long _written;

    public ResourceLogBuffer(int capacity = 5000)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, 1);
        _lines = new LogLine[capacity];
    }

    /// <summary>Raised after each line is stored (on the thread that read it); the dashboard streams from it.</summary>
    public event Action<LogLine>? LineAdded;

    public int Capacity => _lines.Length;

    /// <summary>Lines with a line number greater than <paramref name="afterLineNumber"/>, oldest first.</summary>
    public IReadOnlyList<LogLine> GetLines(long afterLineNumber = 0)
    {
        lock (_gate)
        {
            var first = Math.Max(afterLineNumber, _written - _lines.Length);
            var result = new List<LogLine>((int)Math.Max(0, _written - first));
            for (var n = first; n < _written; n++)
            {
                result.Add(_lines[n % _lines.Length]);
            }

            return result;
        }
    }

    /// <summary>The last <paramref name="count"/> lines, oldest first (for error messages).</summary>
    public IReadOnlyList<LogLine> GetLastLines(int count)
    {
        long written;
        lock (_gate)
        {
            written = _written;
        }

        return GetLines(Math.Max(0, written - count));
    }

    internal void Add(string content, bool isErrorMessage)
    {
        LogLine line;
        lock (_gate)
        {
            line = new LogLine(_written + 1, DateTimeOffset.UtcNow, content, isErrorMessage);
            _lines[_written % _lines.Length] = line;
            _written++;
        }

        LineAdded?.Invoke(line);
    }
}
