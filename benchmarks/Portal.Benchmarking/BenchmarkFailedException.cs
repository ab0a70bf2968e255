namespace Portal.Benchmarking;

/// <summary>The run cannot stand for what its page would claim: <see cref="BenchmarkProgram"/> writes nothing.</summary>
public sealed class BenchmarkFailedException(string message) : Exception(message);
