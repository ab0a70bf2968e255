namespace Identity.Benchmarks;

/// <summary>What one phase of the load run measured.</summary>
public sealed record LoadResult(string Name, int Concurrency, TimeSpan Duration, int Succeeded, int Failed, double[] LatenciesMs)
{
    public double PerSecond => Succeeded / Duration.TotalSeconds;

    public double Percentile(double p)
    {
        if (LatenciesMs.Length == 0)
        {
            return double.NaN;
        }

        var sorted = LatenciesMs.Order().ToArray();
        return sorted[Math.Clamp((int)Math.Ceiling(p / 100 * sorted.Length) - 1, 0, sorted.Length - 1)];
    }
}
