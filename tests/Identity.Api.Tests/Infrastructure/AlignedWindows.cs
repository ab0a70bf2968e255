namespace Identity.Api.Tests.Infrastructure;

/// <summary>The shared rate-limit windows' grid, as the tests wait for it.</summary>
public static class AlignedWindows
{
    /// <summary>
    /// Windows start at multiples of their length since the Unix epoch, on the database's clock (this machine's).
    /// Waits for a fresh one when the current one has less than <paramref name="needed"/> left, so that a test's
    /// requests all fall into one window. Returns when that window ends.
    /// </summary>
    public static async Task<DateTimeOffset> WithTimeLeftInTheWindowAsync(TimeSpan window, TimeSpan needed)
    {
        var now = DateTimeOffset.UtcNow;
        var windowEnds = DateTimeOffset.UnixEpoch + TimeSpan.FromTicks(((now - DateTimeOffset.UnixEpoch).Ticks / window.Ticks + 1) * window.Ticks);
        if (windowEnds - now >= needed)
        {
            return windowEnds;
        }

        await Task.Delay(windowEnds - now + TimeSpan.FromMilliseconds(50));
        return windowEnds + window;
    }
}
