using System.Collections.Concurrent;
using System.Diagnostics;

namespace Identity.Benchmarks;

/// <summary>Runs <c>concurrency</c> workers, each repeating one request until the time or the request budget is spent.</summary>
public static class LoadRunner
{
    public static async Task<LoadResult> RunAsync(
        string name, int concurrency, TimeSpan duration, int maxRequests, Func<int, Task<bool>> request)
    {
        var latencies = new ConcurrentBag<double>();
        var succeeded = 0;
        var failed = 0;
        var issued = 0;
        var clock = Stopwatch.StartNew();

        async Task Worker(int worker)
        {
            while (clock.Elapsed < duration && Interlocked.Increment(ref issued) <= maxRequests)
            {
                var started = Stopwatch.GetTimestamp();
                var ok = await request(worker);
                latencies.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                Interlocked.Increment(ref ok ? ref succeeded : ref failed);
            }
        }

        await Task.WhenAll(Enumerable.Range(0, concurrency).Select(Worker));
        return new LoadResult(name, concurrency, clock.Elapsed, succeeded, failed, [.. latencies]);
    }
}
