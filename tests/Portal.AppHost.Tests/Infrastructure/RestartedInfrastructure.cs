using System.Diagnostics;
using System.Text;
using Aspire.Hosting;
using Aspire.Hosting.Testing;
using Npgsql;
using Portal.Contracts;
using Portal.Testing.Aspire;
using RabbitMQ.Client;

namespace Portal.AppHost.Tests.Infrastructure;

/// <summary>
/// Two applications one after the other on one data directory and secrets store, as two developer starts
/// are. The first writes a row and a persistent message on a durable queue, and is stopped (disposed)
/// while its processes and PostgreSQL's console output are watched; the second is left running for the tests.
/// </summary>
public sealed class RestartedInfrastructure : IAsyncLifetime
{
    public const string DurableQueue = "portal-apphost-tests";
    public const string Row = "written by the first run";

    private readonly RunDirectory _run = new();
    private readonly List<ProcessInfo> _seen = [];

    public string DataDirectory => _run.DataDirectory;

    public string UserSecretsFile => _run.UserSecretsFile;

    public IReadOnlyList<ProcessInfo> FirstRunProcesses { get; private set; } = [];

    /// <summary>What was still running of the first run 10 s after its DisposeAsync returned.</summary>
    public IReadOnlyList<ProcessInfo> LeftBehind { get; private set; } = [];

    public TimeSpan FirstRunStopTook { get; private set; }

    /// <summary>
    /// PostgreSQL's console output in the second run. The first run's last lines cannot be read: Aspire stops
    /// watching console logs before DCP stops the processes, so the shutdown request never reaches the
    /// ResourceLoggerService (nor the AppHost's log files). How the cluster was left shows in the next start instead.
    /// </summary>
    public IReadOnlyList<string> SecondRunPostgresOutput { get; private set; } = [];

    public string FirstDatabaseConnectionString { get; private set; } = "";

    public string FirstBrokerConnectionString { get; private set; } = "";

    public DistributedApplication Second { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        try
        {
            await RunFirstAsync();
            Second = await EmptyApplications.Create(_run).AddAll().StartHealthyAsync();
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
            var postgresOutput = await ResourceLogs.StartAsync(Second, ResourceNames.Postgres, timeout.Token);
            SecondRunPostgresOutput = await Portal.Testing.Eventually.ReturnsAsync(
                () => Task.FromResult(postgresOutput.Lines), lines => lines.Any(l => l.Contains("ready to accept connections", StringComparison.Ordinal)),
                because: "PostgreSQL's start in the second run's console output");
            _seen.AddRange(RunProcesses.Find(null, _run.DataDirectory));
        }
        catch
        {
            await DisposeAsync();
            throw;
        }
    }

    public async Task DisposeAsync()
    {
        if (Second is not null)
        {
            await Second.DisposeAsync();
        }

        // Only what this fixture's runs started, and only if a test above failed to see it stop.
        foreach (var process in _seen.Concat(RunProcesses.Find(null, _run.DataDirectory)))
        {
            ProcessProbe.KillIfAlive(process);
        }

        _run.Delete();
    }

    private async Task RunFirstAsync()
    {
        using var stop = new CancellationTokenSource(TimeSpan.FromMinutes(5));
        var first = await EmptyApplications.Create(_run).AddAll().StartHealthyAsync();
        // An idle client stays connected while the application stops, as a service's pooled connections do: a
        // smart shutdown (PostgreSQL's answer to SIGTERM) would wait for it until DCP kills the server.
        NpgsqlConnection? idleClient = null;
        try
        {
            FirstDatabaseConnectionString = (await first.GetConnectionStringAsync(InfrastructureResources.Database))!;
            FirstBrokerConnectionString = (await first.GetConnectionStringAsync(ResourceNames.EventBus))!;
            await WriteAsync();
            idleClient = new NpgsqlConnection(FirstDatabaseConnectionString + ";Pooling=false");
            await idleClient.OpenAsync(stop.Token);
            FirstRunProcesses = RunProcesses.Find(null, _run.DataDirectory);
            _seen.AddRange(FirstRunProcesses);
        }
        catch
        {
            await first.DisposeAsync();
            throw;
        }

        await using (idleClient)
        {
            var stopping = Stopwatch.StartNew();
            await first.DisposeAsync();
            FirstRunStopTook = stopping.Elapsed;
            LeftBehind = await ProcessProbe.WaitUntilGoneAsync(
                () => FirstRunProcesses.Concat(RunProcesses.Find(null, _run.DataDirectory)), TimeSpan.FromSeconds(10));
        }
    }

    private async Task WriteAsync()
    {
        await using (var connection = new NpgsqlConnection(FirstDatabaseConnectionString))
        {
            await connection.OpenAsync();
            await using var write = new NpgsqlCommand($"CREATE TABLE kept (text text NOT NULL); INSERT INTO kept VALUES ('{Row}')", connection);
            await write.ExecuteNonQueryAsync();
        }

        await using var broker = await new ConnectionFactory { Uri = new Uri(FirstBrokerConnectionString) }.CreateConnectionAsync();
        await using var channel = await broker.CreateChannelAsync(new CreateChannelOptions(publisherConfirmationsEnabled: true, publisherConfirmationTrackingEnabled: true));
        await channel.QueueDeclareAsync(DurableQueue, durable: true, exclusive: false, autoDelete: false);
        await channel.BasicPublishAsync("", DurableQueue, mandatory: true, new BasicProperties { Persistent = true }, Encoding.UTF8.GetBytes(Row));
    }
}
