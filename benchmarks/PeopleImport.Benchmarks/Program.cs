using System.Diagnostics;
using System.Globalization;
using PeopleImport.Benchmarks;

// Usage: dotnet run -c Release --project benchmarks/PeopleImport.Benchmarks [-- options]
//   --rows N          people in the file (default 5000; the import takes at most 10,000)
//   --dry-runs N      repetitions of each dry run (default 3)
//   --send-minutes N  how long to wait from the import's POST for every invitation mail to be sent (default 10)
//   --out PATH        the page to write (default docs/benchmarks/people-import.md)
// Exits with 1 and writes nothing when a request fails or a count is not what it must be.
var root = RepositoryRoot();
var rows = Option("--rows", 5000);
var dryRuns = Option("--dry-runs", 3);
var sendMinutes = Option("--send-minutes", 10);
var output = Path.GetFullPath(OptionText("--out") ?? Path.Combine(root, "docs", "benchmarks", "people-import.md"));
if (rows is < 1 or > 10_000 || dryRuns < 1 || sendMinutes < 1)
{
    Console.Error.WriteLine("--rows must be 1 to 10000, --dry-runs and --send-minutes at least 1.");
    return 2;
}

var options = new BenchmarkOptions(rows, dryRuns, TimeSpan.FromMinutes(sendMinutes), TimeSpan.FromMinutes(Math.Max(30, sendMinutes)), output);
var run = RunInfo.Capture(args, root);
Console.WriteLine($"{run.Command}");
Console.WriteLine($"{run.StartedAt:yyyy-MM-dd HH:mm} UTC, commit {run.Commit}, {run.Cores} cores ({run.Cpu}), {run.Memory}, {run.Os}, {run.DotNet}, load {run.LoadAtStart}");

using var cancellation = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    // Let the run stop its services (finally below) instead of leaving them behind.
    e.Cancel = true;
    cancellation.Cancel();
};

BenchmarkStack? stack = null;
BenchmarkResult result;
string loadAtEnd;
try
{
    var starting = Stopwatch.StartNew();
    stack = await BenchmarkStack.StartAsync();
    Console.WriteLine($"stack healthy after {starting.Elapsed.TotalSeconds:F0} s: identity at {stack.Identity.BaseAddress}, tenants at {stack.Tenants.BaseAddress}");
    result = await new ImportBenchmark(stack, options).RunAsync(starting.Elapsed, cancellation.Token);
    loadAtEnd = RunInfo.LoadAverage();
}
catch (Exception ex)
{
    Console.Error.WriteLine(ex is BenchmarkFailedException ? $"FAILED: {ex.Message}" : $"FAILED: {ex}");
    Console.Error.WriteLine("Nothing written.");
    return 1;
}
finally
{
    if (stack is not null)
    {
        Console.WriteLine("stopping the services and deleting their data");
        await stack.DisposeAsync();
    }
}

var page = Report.Markdown(run, result, options, loadAtEnd);
Directory.CreateDirectory(Path.GetDirectoryName(output)!);
await File.WriteAllTextAsync(output, page);
Console.WriteLine();
Console.WriteLine(page);
Console.WriteLine($"written {output}");
return 0;

int Option(string name, int fallback) =>
    OptionText(name) is { } text ? int.Parse(text, CultureInfo.InvariantCulture) : fallback;

string? OptionText(string name)
{
    var index = Array.IndexOf(args, name);
    return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
}

static string RepositoryRoot()
{
    var directory = new DirectoryInfo(AppContext.BaseDirectory);
    while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Portal.sln")))
    {
        directory = directory.Parent;
    }

    return directory?.FullName ?? Directory.GetCurrentDirectory();
}
