using System.Text;
using Aspire.Hosting.Testing;
using Npgsql;
using Portal.AppHost.Tests.Infrastructure;
using Portal.Contracts;
using RabbitMQ.Client;
using Xunit.Abstractions;

namespace Portal.AppHost.Tests;

/// <summary>
/// Stopping an application of our executables, and starting the next one on the same data directory: what
/// a developer's Ctrl+C and second <c>./scripts/start.sh</c> do to the data.
/// </summary>
public sealed class DataDirectoryTests(RestartedInfrastructure runs, ITestOutputHelper output) : IClassFixture<RestartedInfrastructure>
{
    [Fact]
    public void StoppingTheApplicationLeavesNoPostgresBrokerEpmdOrMailDevProcessOfItsDataDirectory()
    {
        output.WriteLine($"DisposeAsync took {runs.FirstRunStopTook.TotalSeconds:F1} s; the first run had:\n{string.Join("\n", runs.FirstRunProcesses)}");
        // The probe must have seen each of them while they ran, or "nothing left" would prove nothing.
        foreach (var program in new[] { "/postgres -D ", "beam.smp", "epmd", "maildev.js" })
        {
            Assert.Contains(runs.FirstRunProcesses, p => p.CommandLine.Contains(program, StringComparison.Ordinal));
        }

        Assert.True(runs.LeftBehind.Count == 0, $"Still running 10 s after the application was disposed: {string.Join("; ", runs.LeftBehind)}");
    }

    [Fact]
    public void PostgresIsStoppedWithAFastShutdownDespiteAConnectedClientSoTheNextStartNeedsNoRecovery()
    {
        var log = string.Join("\n", runs.SecondRunPostgresOutput);
        output.WriteLine(log);

        // A smart shutdown would have waited for the idle client until DCP killed the server: the next start
        // would then say "database system was interrupted" or "not properly shut down" and replay the WAL.
        Assert.Contains("database system was shut down at", log, StringComparison.Ordinal);
        Assert.DoesNotContain("not properly shut down", log, StringComparison.Ordinal);
        Assert.DoesNotContain("automatic recovery", log, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ASecondApplicationOnTheSameDataDirectoryFindsTheRowsOfTheFirstWithTheSamePassword()
    {
        var connectionString = await runs.Second.GetConnectionStringAsync(InfrastructureResources.Database);

        Assert.Equal(Password(runs.FirstDatabaseConnectionString), Password(connectionString!));
        Assert.Contains("postgres-password", await File.ReadAllTextAsync(runs.UserSecretsFile), StringComparison.Ordinal);
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var read = new NpgsqlCommand("SELECT string_agg(text, ',') FROM kept", connection);
        Assert.Equal(RestartedInfrastructure.Row, await read.ExecuteScalarAsync());
    }

    [Fact]
    public async Task ASecondApplicationOnTheSameDataDirectoryFindsTheDurableQueueOfTheFirstWithTheSamePassword()
    {
        var connectionString = await runs.Second.GetConnectionStringAsync(ResourceNames.EventBus);

        Assert.Equal(new Uri(runs.FirstBrokerConnectionString).UserInfo, new Uri(connectionString!).UserInfo);
        await using var connection = await new ConnectionFactory { Uri = new Uri(connectionString!) }.CreateConnectionAsync();
        await using var channel = await connection.CreateChannelAsync();
        var queue = await channel.QueueDeclarePassiveAsync(RestartedInfrastructure.DurableQueue);
        Assert.Equal(1u, queue.MessageCount);
        var message = await channel.BasicGetAsync(RestartedInfrastructure.DurableQueue, autoAck: false);
        Assert.Equal(RestartedInfrastructure.Row, Encoding.UTF8.GetString(message!.Body.Span));
    }

    private static string Password(string connectionString) => new NpgsqlConnectionStringBuilder(connectionString).Password!;
}
