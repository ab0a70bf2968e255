namespace Portal.AppHost.Dashboard.Telemetry;

/// <summary>The last structured log records of every resource, in one bounded ring.</summary>
public sealed class LogStore(int capacity)
{
    private readonly BoundedRing<LogEntry> _ring = new(capacity);
    private long _sequence;

    /// <summary>Numbers the records in arrival order (called by the receiver before <see cref="Add"/>).</summary>
    public long NextSequence() => Interlocked.Increment(ref _sequence);

    public void Add(IReadOnlyList<LogEntry> entries) => _ring.AddRange(entries);

    /// <summary>Matching records, newest first.</summary>
    public IReadOnlyList<LogEntry> Query(LogQuery query, int limit)
    {
        var all = _ring.ToArray();
        var result = new List<LogEntry>(Math.Min(limit, all.Length));
        for (var i = all.Length - 1; i >= 0 && result.Count < limit; i--)
        {
            if (query.Matches(all[i]))
            {
                result.Add(all[i]);
            }
        }

        return result;
    }
}
