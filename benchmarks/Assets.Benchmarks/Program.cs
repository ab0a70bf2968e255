using System.Globalization;
using Assets.Benchmarks;
using Portal.Benchmarking;

// Usage: dotnet run -c Release --project benchmarks/Assets.Benchmarks [-- --sizes 100000,1000000 --out PATH]
//        --hold: seed the first size, print the database's connection string and keep everything running until
//        Ctrl+C or `kill PID`, without measuring or writing: for looking into a slow request with EXPLAIN ANALYZE.
// Starts PostgreSQL, RabbitMQ, the assets service and the gateway; at each size seeds a provider of that many
// tickets (in proportion: customers, objects, devices, video sessions) and measures every list and the dashboard.
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
    await using var stack = await BenchmarkStack.StartAsync();
    var results = new List<SizeResult>();
    SeededData? largest = null;
    foreach (var tickets in options.Sizes)
    {
        largest = await Seeder.SeedAsync(stack.ConnectionString, SeedVolume.ForTickets(tickets));
        if (options.Hold)
        {
            Console.WriteLine($"Holding: assets at {stack.Direct.BaseAddress}, gateway at {stack.Gateway.BaseAddress}, database: {stack.ConnectionString}");
            foreach (var caller in Measurements.Callers(largest))
            {
                Console.WriteLine($"Token of the {caller.Name}: {caller.Token}");
            }
            await Task.Delay(Timeout.Infinite, cancellation).ContinueWith(_ => { }, TaskScheduler.Default);
            throw new BenchmarkFailedException("held for a look, not measured");
        }

        var log = new RequestLog();
        foreach (var caller in Measurements.Callers(largest))
        {
            foreach (var (label, path) in Measurements.Requests(largest))
            {
                var kind = SizeResult.Kind(caller.Name, label);
                var resolved = await Measurements.ResolveAsync(stack.Direct, caller.Token, path, cancellation);
                await Measurements.MeasureAsync(stack.Direct, log, kind, caller.Token, resolved, Measurements.Samples, cancellation);
                var latency = log.Stats(kind).Latency;
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{tickets,9:N0} {kind}: p50 {latency.P50:0.0} p95 {latency.P95:0.0} p99 {latency.P99:0.0} ms"));
            }
        }

        FailureBudget.Handful.Check(log.All());
        results.Add(new SizeResult(largest, log));
    }

    // What the gateway adds, at the largest size, for a light and a heavy request of each caller.
    var gatewayLog = new RequestLog();
    var gatewayRequests = Measurements.Callers(largest!)
        .SelectMany(caller => GatewayOverhead.Paths.Select(path => (caller, path))).ToList();
    foreach (var (caller, path) in gatewayRequests)
    {
        await GatewayOverhead.MeasureAsync(stack.Direct, stack.Gateway, gatewayLog, caller, path, cancellation);
    }

    FailureBudget.Handful.Check(gatewayLog.All());
    return Report.Render(run, results, gatewayLog, gatewayRequests);
});
