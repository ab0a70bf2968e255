using System.Diagnostics;

namespace Portal.Benchmarking;

/// <summary>What one timed phase sent and how fast the successful requests came back.</summary>
public sealed record PhaseResult(int Concurrency, TimeSpan Duration, RequestStats Requests)
{
    public double PerSecond => Requests.Succeeded / Duration.TotalSeconds;
}

/// <summary>Runs <c>concurrency</c> workers, each repeating one request until the time or the request budget is spent.</summary>
public static class LoadRunner
{
    /// <param name="request">One request of worker <c>i</c>: null when it did what it should, else why not.</param>
    public static async Task<PhaseResult> RunAsync(
        RequestLog log, string name, int concurrency, TimeSpan duration, int maxRequests, Func<int, Task<string?>> request, CancellationToken cancellation)
    {
        var issued = 0;
        var clock = Stopwatch.StartNew();

        async Task Worker(int worker)
        {
            while (clock.Elapsed < duration && !cancellation.IsCancellationRequested && Interlocked.Increment(ref issued) <= maxRequests)
            {
                await log.TimeAsync(name, () => request(worker));
            }
        }

        await Task.WhenAll(Enumerable.Range(0, concurrency).Select(Worker));
        cancellation.ThrowIfCancellationRequested();
        var result = new PhaseResult(concurrency, clock.Elapsed, log.Stats(name));
        Console.WriteLine($"{FailureBudget.Describe(result.Requests)}; {result.PerSecond:F1}/s");
        return result;
    }
}
