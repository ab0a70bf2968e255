using System.Text;
using System.Text.Json;
using RabbitMQ.Client;

namespace Notifications.Api.Tests.Infrastructure;

/// <summary>
/// Publishes events on the real RabbitMQ as a MassTransit publisher does (its JSON envelope, on the
/// exchange named after the message type), so the test can play identity, and redeliver a message.
/// </summary>
public sealed class EventPublisher : IAsyncDisposable
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private readonly IConnection _connection;
    private readonly IChannel _channel;

    private EventPublisher(IConnection connection, IChannel channel)
    {
        _connection = connection;
        _channel = channel;
    }

    public static async Task<EventPublisher> ConnectAsync(string connectionString)
    {
        var connection = await new ConnectionFactory { Uri = new Uri(connectionString) }.CreateConnectionAsync();
        return new EventPublisher(connection, await connection.CreateChannelAsync());
    }

    /// <summary>Publishes <paramref name="message"/>; the same <paramref name="messageId"/> again is a redelivery.</summary>
    public async Task<Guid> PublishAsync<T>(T message, Guid? messageId = null) where T : class
    {
        var id = messageId ?? Guid.NewGuid();
        var envelope = new
        {
            messageId = id,
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
            MessageId = id.ToString(),
        };
        var exchange = $"{typeof(T).Namespace}:{typeof(T).Name}";
        await _channel.ExchangeDeclareAsync(exchange, ExchangeType.Fanout, durable: true, autoDelete: false);
        await _channel.BasicPublishAsync(exchange, "", mandatory: false, properties, body);
        return id;
    }

    public async ValueTask DisposeAsync()
    {
        await _channel.DisposeAsync();
        await _connection.DisposeAsync();
    }
}
