using Identity.Benchmarks;
using Portal.Benchmarking;

// Usage: dotnet run -c Release --project benchmarks/Identity.Benchmarks [-- options]
//   --seconds N          length of the sign-in and the refresh phase (default 20); the PBKDF2 rate is taken for half of it
//   --concurrency N      workers sending at once in both phases, and threads of the concurrent PBKDF2 rate (default 4)
//   --latency-samples N  discovery documents fetched each way for the gateway's latency (default 1000)
//   --keep-limits        leave identity's per-address rate limit at its default: shows that a refused run writes nothing
//   --out PATH           the page to write (default docs/benchmarks/identity.md)
// Exits with 1 and writes nothing when more than a handful of requests fail (FailureBudget.Handful); 2: wrong options.
var options = CommandLine.Read(args, line => new IdentityOptions(
    line.Seconds(20), line.Number("--concurrency", 4, max: 64), line.Number("--latency-samples", 1000, max: 100_000),
    line.Flag("--keep-limits"), line.Output(Path.Combine("docs", "benchmarks", "identity.md"))));
if (options is null)
{
    return 2;
}

var run = RunInfo.Capture(args, options.Output);
var limits = IdentityLimits.Changes(options.KeepLimits);
Console.WriteLine(run.Command);
Console.WriteLine(run.Summary);
foreach (var limit in limits)
{
    Console.WriteLine($"raised for this run: {limit.Setting} {limit.Default} -> {limit.Value} ({limit.Why})");
}

foreach (var unchanged in IdentityLimits.Unchanged(options.KeepLimits))
{
    Console.WriteLine(unchanged.Replace("`", "", StringComparison.Ordinal));
}

return await BenchmarkProgram.RunAsync(options.Output, async cancellation =>
{
    var stack = await IdentityStack.StartAsync(limits);
    IdentityResult result;
    try
    {
        Console.WriteLine($"identity at {stack.Identity.BaseAddress}, gateway at {stack.Gateway.BaseAddress}; {options.Concurrency} workers, {options.Duration.TotalSeconds:F0} s per phase");
        result = await IdentityBenchmark.RunAsync(stack, options, cancellation);
    }
    finally
    {
        Console.WriteLine("stopping the services and deleting their data");
        await stack.DisposeAsync();
    }

    return Report.Markdown(run, options, limits, result);
});
