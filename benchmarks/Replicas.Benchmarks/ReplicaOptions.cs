namespace Replicas.Benchmarks;

/// <param name="Tickets">Seeded into the one database both installations read.</param>
/// <param name="Concurrency">Clients sending at once through one gateway.</param>
/// <param name="Duration">Of each round.</param>
/// <param name="Rounds">Per configuration.</param>
public sealed record ReplicaOptions(int Tickets, int Concurrency, TimeSpan Duration, int Rounds, string Output);
