using System.Net;
using System.Text;
using System.Text.Json;
using Portal.AppHost;
using Portal.Contracts;
using Portal.Stack.Tests.Infrastructure;
using Portal.Stack.Tests.Journeys;
using RabbitMQ.Client;

namespace Portal.Stack.Tests;

/// <summary>
/// The stack runs every service, the web app and the gateway as <see cref="StackFixture.Replicas"/> processes:
/// what must not depend on which copy answers.
/// </summary>
[Collection(StackCollection.Name)]
public sealed class ReplicaTests(StackFixture stack)
{
    private static readonly string[] Processes =
        [ResourceNames.Tenants, ResourceNames.Identity, ResourceNames.Notifications, ResourceNames.Assets, ResourceNames.Web, ResourceNames.Gateway];

    [Fact]
    public async Task EveryServiceTheWebAppAndTheGatewayRunAsTwoProcesses()
    {
        foreach (var name in Processes)
        {
            var replicas = await stack.App.RunningAsync(name, StackFixture.Replicas);

            Assert.Equal(StackFixture.Replicas, replicas.Select(r => r.ProcessId).Distinct().Count());
            Assert.Equal(StackFixture.Replicas, replicas.Select(r => r.Address).Distinct().Count());
        }
    }

    [Fact]
    public async Task ASignedInWebSessionKeepsWorkingWhileItsRequestsAlternateBetweenTheWebReplicas()
    {
        var replicas = await stack.App.RunningAsync(ResourceNames.Web, StackFixture.Replicas);
        using var session = await WebAppSession.SignInAsync(stack.Gateway.BaseAddress!, DevelopmentAccounts.AdminEmail, DevelopmentAccounts.AdminPassword);

        // The audit export needs the session's access token, which the web app fetches from its token store to call
        // identity: it answers the file only where the session is known.
        for (var request = 0; request < 6; request++)
        {
            using var client = session.ClientFor(replicas[request % replicas.Count].Address);
            using var export = await client.GetAsync("/downloads/audit");

            Assert.Equal(HttpStatusCode.OK, export.StatusCode);
            Assert.Equal("text/csv", export.Content.Headers.ContentType?.MediaType);
        }

        // Without the cookie the same request is sent to sign in: the answers above came from the session.
        using var anonymous = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = replicas[0].Address };
        using var refused = await anonymous.GetAsync("/downloads/audit");
        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
    }

    [Fact]
    public async Task AnExpiredAccessTokenIsRenewedOnceWhenBothWebReplicasNeedItAtTheSameTime()
    {
        var replicas = await stack.App.RunningAsync(ResourceNames.Web, StackFixture.Replicas);
        using var session = await WebAppSession.SignInAsync(stack.Gateway.BaseAddress!, DevelopmentAccounts.AdminEmail, DevelopmentAccounts.AdminPassword);
        var webDb = stack.DatabaseOf(ResourceNames.WebDb);
        var sessionId = await SessionIdAsync(webDb);

        // Identity rotates refresh tokens and refuses a used one: if both replicas redeemed the same refresh token,
        // one would lose and end the session.
        await webDb.ExecuteAsync("UPDATE web_sessions SET access_token_expires_at = now() - interval '1 minute' WHERE id = $1", sessionId);
        var exports = replicas.Select(async replica =>
        {
            using var client = session.ClientFor(replica.Address);
            using var export = await client.GetAsync("/downloads/audit");
            return export.StatusCode;
        });

        Assert.All(await Task.WhenAll(exports), status => Assert.Equal(HttpStatusCode.OK, status));
        Assert.True(await webDb.ScalarAsync<bool>("SELECT access_token_expires_at > now() FROM web_sessions WHERE id = $1", sessionId),
            "the session should carry the renewed token");
        using var after = session.ClientFor(replicas[0].Address);
        using var again = await after.GetAsync("/downloads/audit");
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
    }

    [Fact]
    public async Task AThousandEventsThroughTheOutboxOfTwoReplicasArePublishedExactlyOnce()
    {
        const int events = 1000;
        var batch = $"outbox-{Guid.NewGuid():N}";
        await stack.App.RunningAsync(ResourceNames.Tenants, StackFixture.Replicas);

        var factory = new ConnectionFactory { Uri = new Uri((await stack.App.GetConnectionStringAsync(ResourceNames.EventBus))!) };
        await using var connection = await factory.CreateConnectionAsync();
        await using var channel = await connection.CreateChannelAsync();
        // A queue of the test's own on the event's exchange sees every publish, before any consumer's deduplication.
        var queue = (await channel.QueueDeclareAsync(queue: "", durable: false, exclusive: true, autoDelete: true)).QueueName;
        await channel.QueueBindAsync(queue, "Portal.Contracts.Organizations:DepartmentCreated", routingKey: "");

        // Written as the service writes them, all at once, so that both replicas' dispatchers find work at the same time.
        await stack.DatabaseOf(ResourceNames.TenantsDb).ExecuteAsync(
            """
            INSERT INTO outbox_messages (id, message_type, body, occurred_at, next_attempt_at, attempts)
            SELECT gen_random_uuid(), 'Portal.Contracts.Organizations.DepartmentCreated',
                   jsonb_build_object('departmentId', gen_random_uuid(), 'providerId', $1::uuid, 'name', $2 || '-' || i),
                   now(), now(), 0
            FROM generate_series(1, $3) AS i
            """,
            await stack.ProviderIdAsync(), batch, events);

        var received = new List<string>();
        var deadline = DateTime.UtcNow.AddMinutes(2);
        while (DateTime.UtcNow < deadline && received.Count < events)
        {
            if (await channel.BasicGetAsync(queue, autoAck: true) is { } delivery)
            {
                var name = JsonDocument.Parse(Encoding.UTF8.GetString(delivery.Body.Span)).RootElement.GetProperty("message").GetProperty("name").GetString()!;
                if (name.StartsWith(batch, StringComparison.Ordinal))
                {
                    received.Add(name);
                }
            }
            else
            {
                await Task.Delay(100);
            }
        }

        // A second publish of any of them would arrive within moments of the first.
        await Task.Delay(TimeSpan.FromSeconds(3));
        while (await channel.BasicGetAsync(queue, autoAck: true) is { } late)
        {
            var name = JsonDocument.Parse(Encoding.UTF8.GetString(late.Body.Span)).RootElement.GetProperty("message").GetProperty("name").GetString()!;
            if (name.StartsWith(batch, StringComparison.Ordinal))
            {
                received.Add(name);
            }
        }

        Assert.Equal(events, received.Count);
        Assert.Equal(events, received.Distinct().Count());
        Assert.Equal(0, await stack.DatabaseOf(ResourceNames.TenantsDb).ScalarAsync<int>(
            "SELECT count(*) FROM outbox_messages WHERE body->>'name' LIKE $1 || '%' AND (sent_at IS NULL OR attempts <> 1)", batch));
        await Eventually.ReturnsAsync(
            () => stack.DatabaseOf(ResourceNames.AssetsDb).ScalarAsync<int>("SELECT count(*) FROM departments WHERE name LIKE $1 || '%'", batch),
            count => count == events, TimeSpan.FromMinutes(2),
            because: "assets to have every department once");
    }

    private static async Task<string> SessionIdAsync(Database webDb) =>
        await webDb.ScalarAsync<string>("SELECT id FROM web_sessions ORDER BY last_used_at DESC LIMIT 1");
}
