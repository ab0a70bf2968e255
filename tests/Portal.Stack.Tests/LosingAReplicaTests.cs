using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using Aspire.Hosting.ApplicationModel;
using Microsoft.Extensions.DependencyInjection;
using Portal.Contracts;
using Portal.Stack.Tests.Infrastructure;
using Portal.Stack.Tests.Journeys;

namespace Portal.Stack.Tests;

/// <summary>
/// A replica of a service dies (killed, as by the out-of-memory killer or a node failure) while people read and
/// write through the gateway: the reads go on without one failure, and each write either took effect exactly once
/// or was refused as a whole.
/// </summary>
[Collection(StackCollection.Name)]
public sealed class LosingAReplicaTests(StackFixture stack)
{
    [Fact]
    public async Task ReadsThroughTheGatewayNeverFailAndNoWriteIsLostOrDoubledWhenAReplicaOfTheServiceIsKilled()
    {
        var administrator = await stack.AdministratorAsync();
        var customerId = await StackUsers.CreateCustomerAsync(administrator);
        var objectId = (await administrator.SendUntilAsync(HttpMethod.Post, "/api/assets/objects",
            new { customerId, name = "Werk Ost" }, HttpStatusCode.Created)).GetProperty("id").GetGuid();
        var replicas = await stack.App.RunningAsync(ResourceNames.Assets, StackFixture.Replicas);
        var batch = $"replica-loss-{Guid.NewGuid():N}"[..24];

        using var stop = new CancellationTokenSource();
        var reads = new ConcurrentBag<HttpStatusCode>();
        var writes = new ConcurrentDictionary<string, HttpStatusCode>();
        var readers = Enumerable.Range(0, 3).Select(_ => Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                using var list = await administrator.SendAsync(HttpMethod.Get, $"/api/assets/tickets?customerId={customerId}&pageSize=5");
                reads.Add(list.StatusCode);
            }
        })).ToList();
        var writer = Task.Run(async () =>
        {
            for (var n = 0; !stop.IsCancellationRequested; n++)
            {
                var title = $"{batch}-{n}";
                using var created = await administrator.SendAsync(HttpMethod.Post, "/api/assets/tickets", new { objectId, title, priority = "low" });
                writes[title] = created.StatusCode;
            }
        });

        var victim = replicas[0];
        try
        {
            // The victim is the replica that serves the most of the reads: the proxy in front of the replicas gives
            // each of the gateway's connections to one of them, and both may not have one yet.
            var before = ProcessTable.Read();
            await Task.Delay(TimeSpan.FromSeconds(3));
            var after = ProcessTable.Read();
            victim = replicas.MaxBy(r => after.OfTrees([r.ProcessId]) - before.OfTrees([r.ProcessId]))!;
            // Frozen first, as a replica on a failing node is: the requests that reach it stay in flight, and then
            // it dies under them. A retry can only save them on the other replica. The whole tree: Aspire starts a
            // project through `dotnet run`, and the service is that process's child.
            foreach (var pid in ProcessTable.Read().Trees([victim.ProcessId]))
            {
                await SignalAsync(pid, "STOP");
            }

            await Task.Delay(TimeSpan.FromSeconds(1.5));
            using (var process = Process.GetProcessById(victim.ProcessId))
            {
                process.Kill(entireProcessTree: true);
            }

            await Task.Delay(TimeSpan.FromSeconds(8));
        }
        finally
        {
            await stop.CancelAsync();
            await Task.WhenAll([.. readers, writer]);
            await RestartAsync(victim);
        }

        Assert.True(reads.Count > 30, $"only {reads.Count} reads were made");
        Assert.True(reads.All(status => status == HttpStatusCode.OK),
            $"{reads.Count(status => status != HttpStatusCode.OK)} of {reads.Count} reads failed: {string.Join(", ", reads.Where(status => status != HttpStatusCode.OK).Distinct())}");
        var assets = stack.DatabaseOf(ResourceNames.AssetsDb);
        foreach (var (title, status) in writes)
        {
            var stored = await assets.ScalarAsync<long>("SELECT count(*) FROM tickets WHERE title = $1", title);
            var published = await assets.ScalarAsync<long>(
                "SELECT count(*) FROM outbox_messages WHERE message_type LIKE '%.TicketCreated' AND body->>'title' = $1", title);
            // Answered: there exactly once, its event once. Refused (the replica died under it): at most once.
            Assert.True(status == HttpStatusCode.Created ? stored == 1 : stored <= 1, $"{title} answered {(int)status} and is stored {stored} times");
            Assert.Equal(stored, published);
        }

        Assert.Contains(writes.Values, status => status == HttpStatusCode.Created);
    }

    private static async Task SignalAsync(int processId, string signal)
    {
        using var kill = Process.Start(new ProcessStartInfo("kill") { ArgumentList = { "-s", signal, processId.ToString(System.Globalization.CultureInfo.InvariantCulture) } })!;
        await kill.WaitForExitAsync();
        Assert.Equal(0, kill.ExitCode);
    }

    /// <summary>Starts the killed replica again, so that the tests after this one find the stack whole.</summary>
    private async Task RestartAsync(ReplicaProcess replica)
    {
        var commands = stack.App.Services.GetRequiredService<ResourceCommandService>();
        await Eventually.ReturnsAsync(
            async () => (await commands.ExecuteCommandAsync(replica.ResourceId, KnownResourceCommands.StartCommand)).Success,
            started => started, TimeSpan.FromMinutes(1),
            because: "the killed replica to start again");
        await stack.App.RunningAsync(ResourceNames.Assets, StackFixture.Replicas);
    }
}
