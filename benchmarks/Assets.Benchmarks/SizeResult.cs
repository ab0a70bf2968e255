using Portal.Benchmarking;

namespace Assets.Benchmarks;

/// <summary>One size's seeding and the latencies measured on it, by caller and request.</summary>
public sealed record SizeResult(SeededData Seeded, RequestLog Log)
{
    public static string Kind(string caller, string path) => $"{caller}|{path}";

    public LatencySummary Latency(string caller, string path) => Log.Stats(Kind(caller, path)).Latency;
}
