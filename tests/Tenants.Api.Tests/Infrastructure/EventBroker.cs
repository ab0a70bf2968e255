using System.Collections.Concurrent;
using System.Text;
using System.Text.Json;
using RabbitMQ.Client;
using RabbitMQ.Client.Events;

namespace Tenants.Api.Tests.Infrastructure;

/// <summary>
/// The test's own connection to the real RabbitMQ: it listens on MassTransit's exchanges (named
/// after the message type, e.g. <c>Portal.Contracts.Organizations:CustomerCreated</c>) with a queue of
/// its own, and publishes events as identity would, in MassTransit's JSON envelope.
/// </summary>
public sealed class EventBroker : IAsyncDisposable
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private readonly ConcurrentQueue<RecordedEvent> _received = new();
    private readonly IConnection _connection;
    private readonly IChannel _channel;

    private EventBroker(IConnection connection, IChannel channel)
    {
        _connection = connection;
        _channel = channel;
    }

    public IReadOnlyCollection<RecordedEvent> Received => _received;

    public static async Task<EventBroker> ConnectAsync(string connectionString, IEnumerable<Type> recordedTypes)
    {
        var connection = await new ConnectionFactory { Uri = new Uri(connectionString) }.CreateConnectionAsync();
        var channel = await connection.CreateChannelAsync();
        var broker = new EventBroker(connection, channel);
        var queue = await channel.QueueDeclareAsync("", durable: false, exclusive: true, autoDelete: true);
        foreach (var type in recordedTypes)
        {
            // Declared as MassTransit declares it, so whichever side comes first, both agree.
            await channel.ExchangeDeclareAsync(ExchangeOf(type), ExchangeType.Fanout, durable: true, autoDelete: false);
            await channel.QueueBindAsync(queue.QueueName, ExchangeOf(type), "");
        }

        var consumer = new AsyncEventingBasicConsumer(channel);
        consumer.ReceivedAsync += (_, delivery) =>
        {
            using var envelope = JsonDocument.Parse(delivery.Body);
            var root = envelope.RootElement;
            var urn = root.GetProperty("messageType")[0].GetString()!;
            broker._received.Enqueue(new RecordedEvent(
                urn[(urn.LastIndexOf(':') + 1)..],
                Guid.Parse(root.GetProperty("messageId").GetString()!),
                root.GetProperty("message").Clone()));
            return Task.CompletedTask;
        };
        await channel.BasicConsumeAsync(queue.QueueName, autoAck: true, consumer);
        return broker;
    }

    /// <summary>Publishes <paramref name="message"/> the way a MassTransit publisher does; returns its message id.</summary>
    public async Task<Guid> PublishAsync<T>(T message) where T : class
    {
        var messageId = Guid.NewGuid();
        var envelope = new
        {
            messageId,
            messageType = new[] { $"urn:message:{typeof(T).Namespace}:{typeof(T).Name}" },
            message,
            sentTime = DateTimeOffset.UtcNow,
            headers = new Dictionary<string, object>(),
        };
        var body = Encoding.UTF8.GetBytes(JsonSerializer.Serialize(envelope, Json));
        var properties = new BasicProperties
        {
            ContentType = "application/vnd.masstransit+json",
            DeliveryMode = DeliveryModes.Persistent,
            MessageId = messageId.ToString(),
        };
        await _channel.ExchangeDeclareAsync(ExchangeOf(typeof(T)), ExchangeType.Fanout, durable: true, autoDelete: false);
        await _channel.BasicPublishAsync(ExchangeOf(typeof(T)), "", mandatory: false, properties, body);
        return messageId;
    }

    /// <summary>The events of this type for which <paramref name="match"/> holds, received so far.</summary>
    public IReadOnlyList<RecordedEvent> Matching(string type, Func<JsonElement, bool> match) =>
        [.. _received.Where(e => e.Type == type && match(e.Message))];

    public async ValueTask DisposeAsync()
    {
        await _channel.DisposeAsync();
        await _connection.DisposeAsync();
    }

    private static string ExchangeOf(Type type) => $"{type.Namespace}:{type.Name}";
}

public sealed record RecordedEvent(string Type, Guid MessageId, JsonElement Message);
