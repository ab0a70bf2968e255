using System.Collections.Concurrent;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Aspire.Hosting.Testing;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using Portal.Contracts;
using Portal.Contracts.Assets;
using Portal.Contracts.Identity;
using Portal.Hosting.Postgres;
using Portal.Testing.Aspire;

namespace Assets.Api.Tests.Infrastructure;

/// <summary>
/// The assets service with its real PostgreSQL database and RabbitMQ, started on Aspire.Hosting.Testing
/// (once for all test classes: <see cref="AssetsCollection"/>), plus a small MassTransit bus in the test process that
/// publishes what tenants and identity would publish and receives what assets publishes.
/// </summary>
public sealed class AssetsApp : IAsyncLifetime
{
    private DistributedApplication? _app;
    private IBusControl? _bus;

    // The people whose scope assets has been told (or a test is about to tell it).
    private readonly ConcurrentDictionary<Guid, byte> _scoped = new();

    public HttpClient Http { get; private set; } = null!;
    public Database Database { get; private set; } = null!;
    public EventObserver Events { get; } = new();

    public async Task InitializeAsync()
    {
        var builder = TestApplications.CreateEmpty();
        builder.AddServiceWithItsData<Projects.Assets_Api>(ResourceNames.Assets, ResourceNames.AssetsDb, database => database.WithKpiCounterRebuild())
            .WithEnvironment("Identity__TestSigningKey", TestTokens.SigningKey)
            .WithEnvironment("Portal__PublicUrl", TestTokens.PublicUrl);
        _app = await builder.StartHealthyAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(1));

        Http = _app.CreateHttpClient(ResourceNames.Assets);
        Database = new Database(await _app.GetConnectionStringAsync(ResourceNames.AssetsDb) ?? throw new InvalidOperationException("No assetsdb."));
        _bus = CreateBus(new Uri(await _app.GetConnectionStringAsync(ResourceNames.EventBus) ?? throw new InvalidOperationException("No eventbus.")));
        await _bus.StartAsync(timeout.Token);
    }

    /// <summary>Clicks the assets database's "Rebuild KPI counters" on the dashboard.</summary>
    public async Task RebuildKpiCountersAsync()
    {
        var result = await _app!.Services.GetRequiredService<ResourceCommandService>()
            .ExecuteCommandAsync(ResourceNames.AssetsDb, DatabaseCommands.RebuildKpiCounters);
        Assert.True(result.Success, result.Message);
    }

    public async Task DisposeAsync()
    {
        if (_bus is not null)
        {
            await _bus.StopAsync();
        }

        if (_app is not null)
        {
            await _app.StopAndDeleteDataAsync();
        }
    }

    /// <summary>Publishes as tenants or identity would (with a MessageId), and waits until assets consumed it.</summary>
    public async Task PublishAsync<T>(T message) where T : class, IIntegrationEvent
    {
        var messageId = NewId.NextGuid();
        await _bus!.Publish(message, context => context.MessageId = messageId);
        await Eventually.ReturnsAsync(
            () => Database.ScalarAsync<long>("SELECT count(*) FROM processed_messages WHERE message_id = $1", messageId),
            count => count == 1,
            because: $"assets to consume {typeof(T).Name}");
    }

    /// <summary>A test publishes this person's scope itself; their first request does not publish the default.</summary>
    public void ScopeGiven(Guid userId) => _scoped.TryAdd(userId, 0);

    /// <summary>
    /// A token for the person. Identity publishes a person's scope as soon as they exist, and assets answers
    /// people it has no scope for as narrowly as it can; the tests' people get identity's default first.
    /// </summary>
    public async Task<string> TokenAsync(TestUser user)
    {
        if (_scoped.TryAdd(user.Id, 0))
        {
            await PublishAsync(new UserAccessChanged(
                user.Id, user.OrganizationId, user.OrganizationKind, user.Role, user.Permissions,
                AllCustomers: true, [], [], [.. PortalAreas.All], [], Active: true));
        }

        return TestTokens.For(user);
    }

    /// <param name="acceptLanguage">The Accept-Language header to send, if any.</param>
    public async Task<HttpResponseMessage> SendAsync(TestUser user, HttpMethod method, string path, object? body = null, string? acceptLanguage = null)
    {
        using var request = new HttpRequestMessage(method, path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", await TokenAsync(user));
        if (acceptLanguage is not null)
        {
            request.Headers.AcceptLanguage.ParseAdd(acceptLanguage);
        }
        if (body is not null)
        {
            request.Content = body as HttpContent ?? JsonContent.Create(body);
        }

        return await Http.SendAsync(request);
    }

    private IBusControl CreateBus(Uri broker) => Bus.Factory.CreateUsingRabbitMq(rabbit =>
    {
        var credentials = broker.UserInfo.Split(':', 2);
        rabbit.Host(broker.Host, (ushort)broker.Port, "/", host =>
        {
            host.Username(Uri.UnescapeDataString(credentials[0]));
            host.Password(Uri.UnescapeDataString(credentials[1]));
        });
        // What the notifications service would subscribe to.
        rabbit.ReceiveEndpoint("assets-tests-observer", endpoint =>
        {
            Events.Observe<ObjectCreated>(endpoint);
            Events.Observe<ObjectUpdated>(endpoint);
            Events.Observe<ObjectArchived>(endpoint);
            Events.Observe<DeviceRegistered>(endpoint);
            Events.Observe<DeviceUpdated>(endpoint);
            Events.Observe<DeviceStatusChanged>(endpoint);
            Events.Observe<DeviceArchived>(endpoint);
            Events.Observe<DeviceCodeRegenerated>(endpoint);
            Events.Observe<TicketCreated>(endpoint);
            Events.Observe<TicketStatusChanged>(endpoint);
            Events.Observe<TicketUpdated>(endpoint);
            Events.Observe<TicketCommentAdded>(endpoint);
            Events.Observe<TicketArchived>(endpoint);
            Events.Observe<VideoSessionScheduled>(endpoint);
            Events.Observe<VideoSessionChanged>(endpoint);
        });
    });
}
