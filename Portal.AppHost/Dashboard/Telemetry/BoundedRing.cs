namespace Portal.AppHost.Dashboard.Telemetry;

/// <summary>
/// A fixed-size ring: adding to a full ring overwrites the oldest item, so memory never grows past
/// the capacity however much telemetry arrives. Readers copy under the lock and filter outside it.
/// </summary>
internal sealed class BoundedRing<T>
{
    private readonly Lock _gate = new();
    private readonly T[] _items;
    private long _written;

    public BoundedRing(int capacity)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, 1);
        _items = new T[capacity];
    }

    public int Capacity => _items.Length;

    /// <summary>How many items were ever added (the oldest ones may be gone).</summary>
    public long TotalAdded
    {
        get
        {
            lock (_gate)
            {
                return _written;
            }
        }
    }

    public void AddRange(IReadOnlyList<T> items)
    {
        lock (_gate)
        {
            foreach (var item in items)
            {
                _items[_written % _items.Length] = item;
                _written++;
            }
        }
    }

    /// <summary>The items kept, oldest first.</summary>
    public T[] ToArray()
    {
        lock (_gate)
        {
            var count = (int)Math.Min(_written, _items.Length);
            var result = new T[count];
            var first = _written - count;
            for (var i = 0; i < count; i++)
            {
                result[i] = _items[(first + i) % _items.Length];
            }

            return result;
        }
    }
}
