namespace Portal.ServiceDefaults.Testing;

/// <summary>
/// The service's <see cref="TimeProvider"/> when tests may move time (<c>Testing:AdjustableClock</c>):
/// the system clock, shifted by an offset, or frozen at a point in time. Timers stay real, so the
/// outbox and back-off loops keep running while a test checks an expiry at T-1 s and at T.
/// </summary>
public sealed class AdjustableClock : TimeProvider
{
    private readonly Lock _gate = new();
    private TimeSpan _offset;
    private DateTimeOffset? _frozenAt;

    public override DateTimeOffset GetUtcNow()
    {
        lock (_gate)
        {
            return _frozenAt ?? System.GetUtcNow() + _offset;
        }
    }

    /// <summary>Stops the clock at <paramref name="now"/>; null lets it run again from the system time plus the offset.</summary>
    public void Freeze(DateTimeOffset? now)
    {
        lock (_gate)
        {
            _frozenAt = now?.ToUniversalTime();
        }
    }

    /// <summary>Moves time forward (or back): a frozen clock to a new frozen point, a running one by a larger offset.</summary>
    public DateTimeOffset Advance(TimeSpan by)
    {
        lock (_gate)
        {
            if (_frozenAt is { } frozen)
            {
                _frozenAt = frozen + by;
            }
            else
            {
                _offset += by;
            }

            return _frozenAt ?? System.GetUtcNow() + _offset;
        }
    }

    public void Reset()
    {
        lock (_gate)
        {
            _offset = TimeSpan.Zero;
            _frozenAt = null;
        }
    }
}
