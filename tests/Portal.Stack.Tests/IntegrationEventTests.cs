using System.Net;
using System.Net.Http.Json;
using Portal.Contracts;
using Portal.Stack.Tests.Infrastructure;

namespace Portal.Stack.Tests;

/// <summary>
/// Tenants publishes DepartmentCreated through its outbox; assets keeps its own copy of departments.
/// What a user would notice: a department created in the back office shows up in the assets
/// service once, even when the broker was down or the event went out twice.
/// </summary>
[Collection(StackCollection.Name)]
public sealed class IntegrationEventTests(StackFixture stack, Xunit.Abstractions.ITestOutputHelper output)
{
    private Database Tenants => stack.DatabaseOf(ResourceNames.TenantsDb);
    private Database Assets => stack.DatabaseOf(ResourceNames.AssetsDb);

    [Fact]
    public async Task ADepartmentCreatedInTenantsReachesAssetsExactlyOnce()
    {
        var department = await CreateDepartmentAsync($"Berlin {Guid.NewGuid():N}");

        await WaitUntilAssetsHasAsync(department);
        await Task.Delay(TimeSpan.FromSeconds(2)); // Give a duplicate the time to arrive, if one were coming.
        Assert.Equal(1, await Assets.ScalarAsync<int>("SELECT count(*) FROM departments WHERE id = $1", department));
        Assert.Equal(1, await ProcessedCountAsync(department));
    }

    [Fact]
    public async Task AnEventPublishedTwiceChangesAssetsOnlyOnce()
    {
        var department = await CreateDepartmentAsync($"Hamburg {Guid.NewGuid():N}");
        await WaitUntilAssetsHasAsync(department);

        // As if tenants crashed after the broker confirmed but before it recorded the publish:
        // the dispatcher publishes the same message (same MessageId) again.
        var reset = await Tenants.ExecuteAsync(
            "UPDATE outbox_messages SET sent_at = NULL, next_attempt_at = now() WHERE body->>'departmentId' = $1", department.ToString());
        Assert.Equal(1, reset);
        await Eventually.ReturnsAsync(
            () => Tenants.ScalarAsync<long>("SELECT count(*) FROM outbox_messages WHERE body->>'departmentId' = $1 AND sent_at IS NOT NULL AND attempts = 2", department.ToString()),
            sent => sent == 1,
            because: "the outbox to publish the message a second time");
        await Task.Delay(TimeSpan.FromSeconds(2));

        Assert.Equal(1, await Assets.ScalarAsync<int>("SELECT count(*) FROM departments WHERE id = $1", department));
        Assert.Equal(1, await ProcessedCountAsync(department));
    }

    [Fact]
    public async Task EventsWrittenWhileTheBrokerIsDownArriveOnceItIsBack()
    {
        // RabbitMQ is gone for 30 seconds while the back office keeps working: the events wait in the
        // tenants database and arrive once each when it is back.
        var outage = System.Diagnostics.Stopwatch.StartNew();
        await stack.App.StopResourceAsync(ResourceNames.EventBus);
        var departments = new List<Guid>();
        try
        {
            for (var i = 0; i < 3; i++)
            {
                departments.Add(await CreateDepartmentAsync($"Offline {i} {Guid.NewGuid():N}"));
                await Task.Delay(TimeSpan.FromSeconds(5));
            }

            Assert.Equal(3, await Tenants.ScalarAsync<int>(
                "SELECT count(*) FROM outbox_messages WHERE sent_at IS NULL AND message_type LIKE '%DepartmentCreated'"));
            await Task.Delay(TimeSpan.FromSeconds(30) - outage.Elapsed is var rest && rest > TimeSpan.Zero ? rest : TimeSpan.Zero);
        }
        finally
        {
            await stack.App.StartResourceAsync(ResourceNames.EventBus);
        }

        var down = outage.Elapsed;

        foreach (var department in departments)
        {
            await WaitUntilAssetsHasAsync(department, TimeSpan.FromSeconds(90));
        }

        await Task.Delay(TimeSpan.FromSeconds(2));
        foreach (var department in departments)
        {
            Assert.Equal(1, await Assets.ScalarAsync<int>("SELECT count(*) FROM departments WHERE id = $1", department));
            Assert.Equal(1, await ProcessedCountAsync(department));
        }

        output.WriteLine($"RabbitMQ down {down.TotalSeconds:F0} s: {departments.Count} requests answered 201 meanwhile; events delivered {departments.Count}, lost 0, duplicates 0, all in assets {outage.Elapsed.TotalSeconds - down.TotalSeconds:F0} s after the broker was back.");
        await stack.App.ResourceNotifications.WaitForResourceHealthyAsync(ResourceNames.Tenants);
        await stack.App.ResourceNotifications.WaitForResourceHealthyAsync(ResourceNames.Assets);
    }

    private Task<Guid> CreateDepartmentAsync(string name) => stack.CreateDepartmentAsync(name);

    private Task<int> WaitUntilAssetsHasAsync(Guid department, TimeSpan? timeout = null) =>
        Eventually.ReturnsAsync(
            () => Assets.ScalarAsync<int>("SELECT count(*) FROM departments WHERE id = $1", department),
            count => count > 0,
            timeout,
            because: $"department {department} to reach assets");

    /// <summary>How many times assets' consumer recorded the message carrying this department.</summary>
    private async Task<int> ProcessedCountAsync(Guid department)
    {
        var messageId = await Tenants.ScalarAsync<Guid>("SELECT id FROM outbox_messages WHERE body->>'departmentId' = $1", department.ToString());
        return await Assets.ScalarAsync<int>(
            "SELECT count(*) FROM processed_messages WHERE message_id = $1 AND consumer = 'DepartmentCreatedConsumer'", messageId);
    }
}
