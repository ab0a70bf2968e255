using System.Globalization;
using Assets.Benchmarks;
using Portal.Benchmarking;

// Usage: dotnet run -c Release --project benchmarks/Assets.Benchmarks [-- --sizes 100000,1000000 --out PATH]
//        --hold: seed the first size, print the database's connection string and keep everything running until
//        Ctrl+C or `kill PID`, without measuring or writing: for looking into a slow request with EXPLAIN ANALYZE.
// Starts PostgreSQL, RabbitMQ, an assets service with its own database per size and the gateway; seeds each with a
// provider of that size's tickets (in proportion: customers, objects, devices, video sessions) and measures every list
// and the dashboard of every size in the same rounds, so that what else the shared machine does falls on all sizes alike.
var options = CommandLine.Read(args, line => new
{
    // Tickets per size, smallest first; 4,000 is one customer's share.
    Sizes = line.Numbers("--sizes", [100_000, 1_000_000], min: 4_000).Order().ToList(),
    Output = line.Output(Path.Combine("docs", "benchmarks", "assets.md")),
    Hold = line.Flag("--hold"),
});
if (options is null)
{
    return 2;
}

return await BenchmarkProgram.RunAsync(options.Output, async cancellation =>
{
    var run = RunInfo.Capture(args, options.Output);
    Console.WriteLine(run.Summary);
    var sizes = options.Hold ? options.Sizes.Take(1).ToList() : options.Sizes;
    await using var stack = await BenchmarkStack.StartAsync(sizes.Count);
    var seeded = new List<SeededData>();
    foreach (var (tickets, installation) in sizes.Zip(stack.Installations))
    {
        seeded.Add(await Seeder.SeedAsync(installation.ConnectionString, SeedVolume.ForTickets(tickets)));
        await Seeder.SettleAsync(installation.ConnectionString);
    }

    var largest = seeded[^1];
    if (options.Hold)
    {
        Console.WriteLine($"Holding: assets at {stack.Installations[0].Direct.BaseAddress}, gateway at {stack.Gateway.BaseAddress}, database: {stack.Installations[0].ConnectionString}");
        foreach (var caller in Measurements.Callers(largest))
        {
            Console.WriteLine($"Token of the {caller.Name}: {caller.Token}");
        }

        await Task.Delay(Timeout.Infinite, cancellation).ContinueWith(_ => { }, TaskScheduler.Default);
        throw new BenchmarkFailedException("held for a look, not measured");
    }

    var results = await Measurements.MeasureInRoundsAsync([.. seeded.Zip(stack.Installations, (data, installation) => (data, installation.Direct))], cancellation);
    foreach (var result in results)
    {
        foreach (var caller in Measurements.Callers(result.Seeded))
        {
            foreach (var (label, _) in Measurements.Requests(result.Seeded))
            {
                var latency = result.Latency(caller.Name, label);
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{result.Seeded.Volume.Tickets,9:N0} {SizeResult.Kind(caller.Name, label)}: p50 {latency.P50:0.0} p95 {latency.P95:0.0} p99 {latency.P99:0.0} ms"));
            }
        }
    }

    // What the gateway adds, at the largest size, for a light and a heavy request of each caller.
    var gatewayLog = new RequestLog();
    var gatewayRequests = Measurements.Callers(largest)
        .SelectMany(caller => GatewayOverhead.Paths.Select(path => (caller, path))).ToList();
    foreach (var (caller, path) in gatewayRequests)
    {
        await GatewayOverhead.MeasureAsync(stack.Installations[^1].Direct, stack.Gateway, gatewayLog, caller, path, cancellation);
    }

    FailureBudget.Handful.Check(gatewayLog.All());
    return Report.Render(run, results, gatewayLog, gatewayRequests);
});
