using System.Text.Json;
using Portal.Contracts;
using Portal.Stack.Tests.Infrastructure;
using RabbitMQ.Client;

namespace Portal.Stack.Tests;

/// <summary>A message no consumer can ever handle must not block its queue or vanish.</summary>
[Collection(StackCollection.Name)]
public sealed class PoisonMessageTests(StackFixture stack)
{
    private const string AssetsErrorQueue = "assets-department-created_error";

    [Fact]
    public async Task AnEventTheConsumerCannotHandleEndsInTheErrorQueueAfterRetries()
    {
        var before = await MessagesInAsync(AssetsErrorQueue);
        var department = Guid.NewGuid();

        // A department without a name: assets cannot store it, whatever it tries.
        var body = JsonSerializer.Serialize(new { departmentId = department, providerId = Guid.NewGuid(), name = (string?)null });
        await stack.DatabaseOf(ResourceNames.TenantsDb).ExecuteAsync(
            """
            INSERT INTO outbox_messages (id, message_type, body, occurred_at, next_attempt_at, attempts)
            VALUES ($1, 'Portal.Contracts.Organizations.DepartmentCreated', $2::jsonb, now(), now(), 0)
            """,
            Guid.CreateVersion7(), body);

        await Eventually.ReturnsAsync(() => MessagesInAsync(AssetsErrorQueue), count => count == before + 1, TimeSpan.FromSeconds(60),
            because: "the poison message to be moved to the error queue");
        Assert.Equal(0, await stack.DatabaseOf(ResourceNames.AssetsDb).ScalarAsync<int>("SELECT count(*) FROM departments WHERE id = $1", department));

        // The queue keeps flowing: a good event after the poison one still arrives.
        var good = await stack.CreateDepartmentAsync($"After poison {Guid.NewGuid():N}");
        await Eventually.ReturnsAsync(
            () => stack.DatabaseOf(ResourceNames.AssetsDb).ScalarAsync<int>("SELECT count(*) FROM departments WHERE id = $1", good),
            count => count == 1,
            because: "the next department to reach assets");
    }

    private async Task<uint> MessagesInAsync(string queue)
    {
        var factory = new ConnectionFactory { Uri = new Uri((await stack.App.GetConnectionStringAsync(ResourceNames.EventBus))!) };
        await using var connection = await factory.CreateConnectionAsync();
        await using var channel = await connection.CreateChannelAsync();
        try
        {
            return (await channel.QueueDeclarePassiveAsync(queue)).MessageCount;
        }
        catch (RabbitMQ.Client.Exceptions.OperationInterruptedException)
        {
            return 0; // MassTransit creates the error queue with the first fault.
        }
    }
}
