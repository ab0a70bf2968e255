using System.Diagnostics;
using PeopleImport.Benchmarks;
using Portal.Benchmarking;

// Usage: dotnet run -c Release --project benchmarks/PeopleImport.Benchmarks [-- options]
//   --rows N          people in the file (default 5000; the import takes at most 10,000)
//   --dry-runs N      repetitions of each dry run (default 3)
//   --send-minutes N  how long to wait from the import's POST for every invitation mail to be sent (default 10)
//   --out PATH        the page to write (default docs/benchmarks/people-import.md)
// Exits with 1 and writes nothing when a request fails or a count is not what it must be (2: wrong options).
var options = CommandLine.Read(args, line =>
{
    var sendMinutes = line.Number("--send-minutes", 10);
    return new BenchmarkOptions(
        line.Number("--rows", 5000, max: 10_000), line.Number("--dry-runs", 3), TimeSpan.FromMinutes(sendMinutes),
        TimeSpan.FromMinutes(Math.Max(30, sendMinutes)), line.Output(Path.Combine("docs", "benchmarks", "people-import.md")));
});
if (options is null)
{
    return 2;
}

var run = RunInfo.Capture(args, options.Output);
Console.WriteLine(run.Command);
Console.WriteLine(run.Summary);

return await BenchmarkProgram.RunAsync(options.Output, async cancellation =>
{
    BenchmarkResult result;
    string loadAtEnd;
    var starting = Stopwatch.StartNew();
    var stack = await BenchmarkStack.StartAsync();
    try
    {
        Console.WriteLine($"stack healthy after {starting.Elapsed.TotalSeconds:F0} s: identity at {stack.Identity.BaseAddress}, tenants at {stack.Tenants.BaseAddress}");
        result = await new ImportBenchmark(stack, options).RunAsync(starting.Elapsed, cancellation);
        loadAtEnd = RunInfo.LoadAverage();
    }
    finally
    {
        Console.WriteLine("stopping the services and deleting their data");
        await stack.DisposeAsync();
    }

    return Report.Markdown(run, result, options, loadAtEnd);
});
