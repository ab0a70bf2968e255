using System.Diagnostics;

namespace Portal.Benchmarking;

/// <summary>
/// Every request a benchmark sent, by kind (a phase, or a route): its latency and, when it failed, why.
/// Safe to record into from many workers at once. Latencies are of the requests that succeeded only: a
/// refusal (a 429 in a millisecond) would make the figures look better than the work they stand for.
/// </summary>
public sealed class RequestLog
{
    /// <summary>How many distinct reasons a kind keeps; the rest count as "other".</summary>
    private const int KeptReasons = 20;

    private readonly Lock _lock = new();
    private readonly List<Kind> _kinds = [];

    /// <summary>Sends one request of <paramref name="kind"/> and records it: a thrown exception is a failure too.</summary>
    /// <param name="send">Null when the request did what it should, else the reason it did not (see <see cref="FailureReasons"/>).</param>
    public async Task<bool> TimeAsync(string kind, Func<Task<string?>> send)
    {
        ArgumentNullException.ThrowIfNull(send);
        var started = Stopwatch.GetTimestamp();
        string? failure;
        try
        {
            failure = await send();
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException or IOException or System.Text.Json.JsonException)
        {
            failure = FailureReasons.Of(ex);
        }

        Record(kind, Stopwatch.GetElapsedTime(started), failure);
        return failure is null;
    }

    public void Record(string kind, TimeSpan elapsed, string? failure)
    {
        lock (_lock)
        {
            var entry = _kinds.Find(k => k.Name == kind);
            if (entry is null)
            {
                entry = new Kind(kind);
                _kinds.Add(entry);
            }

            if (failure is null)
            {
                entry.Latencies.Add(elapsed.TotalMilliseconds);
                return;
            }

            entry.Failed++;
            var reason = entry.Reasons.ContainsKey(failure) || entry.Reasons.Count < KeptReasons ? failure : "other reasons";
            entry.Reasons[reason] = entry.Reasons.GetValueOrDefault(reason) + 1;
        }
    }

    public RequestStats Stats(string kind)
    {
        lock (_lock)
        {
            return _kinds.Find(k => k.Name == kind)?.Stats() ?? new RequestStats(kind, 0, 0, LatencySummary.Of([]), []);
        }
    }

    /// <summary>
    /// The <paramref name="kinds"/> as one kind named <paramref name="name"/>: the rounds of one thing, each recorded under a
    /// kind of its own so that each round's rate can be read, and their percentiles over all of their requests.
    /// </summary>
    public RequestStats Combined(string name, IReadOnlyCollection<string> kinds)
    {
        ArgumentNullException.ThrowIfNull(kinds);
        lock (_lock)
        {
            var entries = _kinds.Where(k => kinds.Contains(k.Name)).ToList();
            var reasons = entries.SelectMany(k => k.Reasons).GroupBy(r => r.Key, StringComparer.Ordinal)
                .Select(g => new FailureCount(g.Key, g.Sum(r => r.Value))).ToList();
            return new RequestStats(
                name, entries.Sum(k => k.Latencies.Count), entries.Sum(k => k.Failed), LatencySummary.Of(entries.SelectMany(k => k.Latencies)), reasons);
        }
    }

    /// <summary>Every kind, in the order each was first recorded.</summary>
    public IReadOnlyList<RequestStats> All()
    {
        lock (_lock)
        {
            return [.. _kinds.Select(k => k.Stats())];
        }
    }

    private sealed class Kind(string name)
    {
        public string Name { get; } = name;
        public List<double> Latencies { get; } = [];
        public int Failed { get; set; }

        // Insertion order is kept while nothing is removed: the first reason seen comes first.
        public Dictionary<string, int> Reasons { get; } = new(StringComparer.Ordinal);

        public RequestStats Stats() =>
            new(Name, Latencies.Count, Failed, LatencySummary.Of(Latencies), [.. Reasons.Select(r => new FailureCount(r.Key, r.Value))]);
    }
}

/// <summary>What one kind of request came to.</summary>
/// <param name="Latency">Of the requests that succeeded.</param>
/// <param name="Failures">Each reason with how often it was seen, in the order first seen.</param>
public sealed record RequestStats(string Kind, int Succeeded, int Failed, LatencySummary Latency, IReadOnlyList<FailureCount> Failures)
{
    public int Total => Succeeded + Failed;
}

public sealed record FailureCount(string Reason, int Count);
