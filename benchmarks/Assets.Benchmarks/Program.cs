using Assets.Benchmarks;

// Usage: dotnet run -c Release --project benchmarks/Assets.Benchmarks [-- <report.md>]
// Starts PostgreSQL, RabbitMQ and the assets service, seeds the volume below, then measures.
var report = args.Length > 0 ? args[0] : Path.Combine(RepositoryRoot(), "docs", "benchmarks", "assets.md");
var volume = new SeedVolume(Customers: 50, ObjectsPerCustomer: 10, Devices: 20_000, Tickets: 200_000, VideoSessions: 5_000);

await using var stack = await BenchmarkStack.StartAsync();
var seeded = await Seeder.SeedAsync(stack.ConnectionString, volume);
var results = await Measurements.RunAsync(stack.Http, seeded);
await File.WriteAllTextAsync(report, Report.Render(volume, results));
Console.WriteLine(await File.ReadAllTextAsync(report));

static string RepositoryRoot()
{
    var directory = new DirectoryInfo(AppContext.BaseDirectory);
    while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Portal.sln")))
    {
        directory = directory.Parent;
    }

    return directory?.FullName ?? Directory.GetCurrentDirectory();
}
