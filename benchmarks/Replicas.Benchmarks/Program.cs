using Assets.Benchmarks;
using Portal.Benchmarking;
using Replicas.Benchmarks;
using Report = Replicas.Benchmarks.Report;

// Usage: dotnet run -c Release --project benchmarks/Replicas.Benchmarks [-- options]
//   --tickets N      tickets seeded into the one database (default 100000; per 4,000 one customer, as Assets.Benchmarks seeds)
//   --concurrency N  clients sending at once through a gateway (default 8)
//   --seconds N      length of each round (default 10)
//   --rounds N       rounds per configuration, alternating 1 and 2 replicas (default 3)
//   --out PATH       the page to write (default docs/benchmarks/replicas.md)
// Starts PostgreSQL, RabbitMQ, one seeded assets database and two installations over it: `assets` with one replica behind
// one gateway, `assets-2` with two behind another; measures reads per second through each, in turn, in the same run.
// Exits with 1 and writes nothing when more than a handful of requests fail (FailureBudget.Handful); 2: wrong options.
var options = CommandLine.Read(args, line => new ReplicaOptions(
    line.Number("--tickets", 100_000, min: 4_000, max: 10_000_000), line.Number("--concurrency", 8, max: 256), line.Seconds(10, max: 600),
    line.Number("--rounds", 3, max: 20), line.Output(Path.Combine("docs", "benchmarks", "replicas.md"))));
if (options is null)
{
    return 2;
}

return await BenchmarkProgram.RunAsync(options.Output, async cancellation =>
{
    var run = RunInfo.Capture(args, options.Output);
    Console.WriteLine(run.Summary);
    await using var stack = await ReplicaStack.StartAsync(cancellation);
    foreach (var configuration in stack.Configurations)
    {
        Console.WriteLine($"{configuration.Name}: gateway at {configuration.Gateway.BaseAddress}, {configuration.Service} as process(es) {string.Join(", ", configuration.ServiceProcesses)}");
    }

    var seeded = await Seeder.SeedAsync(stack.ConnectionString, SeedVolume.ForTickets(options.Tickets));
    await Seeder.SettleAsync(stack.ConnectionString);
    var results = await Rounds.MeasureAsync(stack, Reads.Of(seeded), options.Concurrency, options.Duration, options.Rounds, cancellation);
    return Report.Render(run, options, seeded, results);
});
