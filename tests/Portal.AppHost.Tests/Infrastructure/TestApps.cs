using Portal.AppHost.Hosting;

namespace Portal.AppHost.Tests.Infrastructure;

/// <summary>Small applications for the tests: the infrastructure only, which starts in a few seconds.</summary>
public static class TestApps
{
    public const string Postgres = "postgres";
    public const string Database = "testdb";
    public const string EventBus = "eventbus";
    public const string MailDev = "maildev";

    public static DistributedApplication Infrastructure() =>
        DistributedApplicationTestingBuilder.Create(builder =>
        {
            builder.AddPostgres(Postgres).AddDatabase(Database);
            builder.AddRabbitMQ(EventBus);
            builder.AddMailDev(MailDev);
        }).Build();

    /// <summary>Generous: two cores are shared with builds and other test runs.</summary>
    public static CancellationToken Timeout(int seconds = 120) => new CancellationTokenSource(TimeSpan.FromSeconds(seconds)).Token;

    public static IReadOnlyList<ProcessInfo> InfrastructureProcesses(int rootPid) =>
        [.. ProcessProbe.Descendants(rootPid).Where(p =>
            p.CommandLine.Contains("postgres", StringComparison.Ordinal)
            || p.CommandLine.Contains("beam.smp", StringComparison.Ordinal)
            || p.CommandLine.Contains("epmd", StringComparison.Ordinal)
            || p.CommandLine.Contains("maildev", StringComparison.Ordinal)
            || p.CommandLine.Contains("watchdog.sh", StringComparison.Ordinal))];
}
