using Assets.Benchmarks;

namespace Replicas.Benchmarks;

/// <summary>One read a client sends: who asks, and for what.</summary>
public sealed record Read(Caller Caller, string Path);

public static class Reads
{
    /// <summary>
    /// The first page of the ticket list and of the device list, the portal's most frequent reads, of the two callers
    /// Assets.Benchmarks measures: a customer's user (one customer's rows) and the provider's staff (all customers').
    /// </summary>
    public static readonly IReadOnlyList<string> Paths = ["/api/assets/tickets", "/api/assets/devices"];

    public static IReadOnlyList<Read> Of(SeededData data) =>
        [.. Measurements.Callers(data).SelectMany(caller => Paths.Select(path => new Read(caller, path)))];
}
