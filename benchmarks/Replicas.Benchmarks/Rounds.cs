using System.Diagnostics;
using Assets.Benchmarks;
using Portal.Benchmarking;
using Portal.Testing;

namespace Replicas.Benchmarks;

/// <summary>One configuration's rounds, all its requests, and the CPU they used.</summary>
public sealed record ConfigurationResult(Configuration Configuration, IReadOnlyList<PhaseResult> Rounds, RequestStats Requests, CpuUse Cpu)
{
    /// <summary>Successful reads over all rounds, per second of the rounds' time.</summary>
    public double ReadsPerSecond => Requests.Succeeded / Rounds.Sum(r => r.Duration.TotalSeconds);
}

/// <summary>
/// Closed-loop load through each configuration's gateway in turn (A, B, A, B ...): whatever else the shared machine does
/// falls on both alike. Each of the concurrent clients sends its next read as soon as the last one answered.
/// </summary>
public static class Rounds
{
    /// <summary>
    /// Unrecorded, per configuration before the first round: JIT, connection pools, PostgreSQL's cache. Long enough for two
    /// replicas, each of which sees half the reads and compiles its own code, to warm up on busy cores as well as one.
    /// </summary>
    public static readonly TimeSpan Warmup = TimeSpan.FromSeconds(10);

    public static async Task<IReadOnlyList<ConfigurationResult>> MeasureAsync(
        ReplicaStack stack, IReadOnlyList<Read> reads, int concurrency, TimeSpan duration, int rounds, CancellationToken cancellation)
    {
        foreach (var configuration in stack.Configurations)
        {
            await LoadRunner.RunAsync(new RequestLog(), $"{configuration.Name}, warm-up", concurrency, Warmup, int.MaxValue, Clients(configuration, reads, concurrency, cancellation), cancellation);
        }

        var dcp = ProcessTable.FindDcp();
        Console.WriteLine($"DCP of this run: process(es) {string.Join(", ", dcp)}");
        var log = new RequestLog();
        var clock = Stopwatch.StartNew();
        var phases = stack.Configurations.ToDictionary(c => c, _ => new List<PhaseResult>());
        var cpu = stack.Configurations.ToDictionary(c => c, c => CpuUse.None(c.Replicas));
        for (var round = 1; round <= rounds; round++)
        {
            foreach (var configuration in stack.Configurations)
            {
                var before = CpuUse.Reading.Take(clock);
                phases[configuration].Add(await LoadRunner.RunAsync(
                    log, Kind(configuration, round), concurrency, duration, int.MaxValue, Clients(configuration, reads, concurrency, cancellation), cancellation));
                cpu[configuration] = cpu[configuration].Add(CpuUse.Between(before, CpuUse.Reading.Take(clock), configuration, stack.Postgres, dcp));
            }
        }

        var results = stack.Configurations.Select(c => new ConfigurationResult(
            c, phases[c], log.Combined(c.Name, [.. Enumerable.Range(1, rounds).Select(round => Kind(c, round))]), cpu[c])).ToList();
        FailureBudget.Handful.Check(results.Select(r => r.Requests));
        return results;
    }

    private static string Kind(Configuration configuration, int round) => $"{configuration.Name}, round {round}";

    /// <summary>Client <c>i</c> sends the reads in turn, starting at the <c>i</c>-th, so that all of them are in flight at once.</summary>
    private static Func<int, Task<string?>> Clients(Configuration configuration, IReadOnlyList<Read> reads, int concurrency, CancellationToken cancellation)
    {
        var sent = new int[concurrency];
        return client =>
        {
            var read = reads[(client + sent[client]++) % reads.Count];
            return Measurements.SendAsync(configuration.Gateway, read.Caller.Token, read.Path, cancellation);
        };
    }
}
