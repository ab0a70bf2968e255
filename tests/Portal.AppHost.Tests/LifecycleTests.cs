using Portal.AppHost.Hosting;
using Portal.AppHost.Tests.Infrastructure;
using RabbitMQ.Client;
using RabbitMQ.Client.Exceptions;

namespace Portal.AppHost.Tests;

/// <summary>Applications one after another, a broker stopped and started again, and nothing left behind.</summary>
public sealed class LifecycleTests
{
    private const string DurableQueue = "portal-apphost-test";

    [Fact]
    public async Task TwoApplicationsRunOneAfterTheOtherWithoutClashOrLeftovers()
    {
        var first = await RunOnceAsync();
        var second = await RunOnceAsync();

        Assert.NotEqual(first.DataDirectory, second.DataDirectory);
        Assert.Empty(first.Ports.Intersect(second.Ports));
    }

    [Fact]
    public async Task TheBrokerStopsAndStartsAgainWithItsDataAndCredentials()
    {
        await using var app = TestApps.Infrastructure();
        await app.StartAsync(TestApps.Timeout());
        var connectionString = await app.GetConnectionStringAsync(TestApps.EventBus);
        var factory = new ConnectionFactory { Uri = new Uri(connectionString!) };
        await PublishPersistentMessageAsync(factory);

        await app.StopResourceAsync(TestApps.EventBus);

        Assert.Equal(KnownResourceStates.Exited, app.GetResources().Single(r => r.Name == TestApps.EventBus).State);
        await Assert.ThrowsAsync<BrokerUnreachableException>(() => factory.CreateConnectionAsync());
        Assert.DoesNotContain(TestApps.InfrastructureProcesses(Environment.ProcessId),
            p => p.CommandLine.Contains("beam.smp", StringComparison.Ordinal) || p.CommandLine.Contains("epmd", StringComparison.Ordinal));

        await app.StartResourceAsync(TestApps.EventBus);
        await app.ResourceNotifications.WaitForResourceHealthyAsync(TestApps.EventBus, TestApps.Timeout());

        Assert.Equal(connectionString, await app.GetConnectionStringAsync(TestApps.EventBus));
        await using var connection = await factory.CreateConnectionAsync();
        await using var channel = await connection.CreateChannelAsync();
        var queue = await channel.QueueDeclarePassiveAsync(DurableQueue);
        Assert.Equal(1u, queue.MessageCount);
    }

    [Fact]
    public async Task DisposingTheApplicationLeavesNoProcessBehind()
    {
        var app = TestApps.Infrastructure();
        await app.StartAsync(TestApps.Timeout());
        var started = ProcessProbe.Descendants(Environment.ProcessId);
        Assert.Contains(started, p => p.CommandLine.Contains("postgres", StringComparison.Ordinal));
        Assert.Contains(started, p => p.CommandLine.Contains("beam.smp", StringComparison.Ordinal));
        Assert.Contains(started, p => p.CommandLine.Contains("epmd", StringComparison.Ordinal));
        Assert.Contains(started, p => p.CommandLine.Contains("maildev", StringComparison.Ordinal));
        Assert.Contains(started, p => p.CommandLine.Contains("watchdog.sh", StringComparison.Ordinal));

        await app.DisposeAsync();

        // Signals take effect a moment after kill() returns; nothing may stay for longer.
        var survivors = await ProcessProbe.WaitUntilGoneAsync(started, TimeSpan.FromSeconds(1));
        Assert.True(survivors.Count == 0, $"Still running: {string.Join("; ", survivors)}");
        Assert.False(Directory.Exists(app.Options.DataDirectory));
    }

    private static async Task<(string DataDirectory, int[] Ports)> RunOnceAsync()
    {
        string dataDirectory;
        int[] ports;
        await using (var app = TestApps.Infrastructure())
        {
            await app.StartAsync(TestApps.Timeout());
            dataDirectory = app.Options.DataDirectory;
            ports = [.. app.GetResources().SelectMany(r => r.Urls).Select(u => new Uri(u.Url).Port)];
            Assert.All(app.GetResources(), r => Assert.True(r.IsRunningAndHealthy, $"{r.Name} is {r.State}"));
        }

        Assert.False(Directory.Exists(dataDirectory));
        var survivors = await ProcessProbe.WaitUntilGoneAsync(TestApps.InfrastructureProcesses(Environment.ProcessId), TimeSpan.FromSeconds(1));
        Assert.Empty(survivors);
        return (dataDirectory, ports);
    }

    private static async Task PublishPersistentMessageAsync(ConnectionFactory factory)
    {
        await using var connection = await factory.CreateConnectionAsync();
        await using var channel = await connection.CreateChannelAsync(
            new CreateChannelOptions(publisherConfirmationsEnabled: true, publisherConfirmationTrackingEnabled: true));
        await channel.QueueDeclareAsync(DurableQueue, durable: true, exclusive: false, autoDelete: false);
        await channel.BasicPublishAsync(string.Empty, DurableQueue, mandatory: true, new BasicProperties { Persistent = true }, "kept"u8.ToArray());
    }
}
