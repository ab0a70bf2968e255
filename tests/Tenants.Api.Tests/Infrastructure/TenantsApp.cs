using System.Collections.Concurrent;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Npgsql;
using Aspire.Hosting;
using Aspire.Hosting.Testing;
using Portal.Contracts;
using Portal.Contracts.Identity;
using Portal.Contracts.Organizations;
using Portal.Testing.Aspire;

namespace Tenants.Api.Tests.Infrastructure;

/// <summary>
/// The tenants service on a real PostgreSQL and RabbitMQ, started once for the test run through the
/// Aspire.Hosting.Testing (fresh data, free ports), with a listener on the events it publishes.
/// </summary>
public sealed class TenantsApp : IAsyncLifetime
{
    private static readonly Type[] PublishedEvents =
    [
        typeof(CustomerCreated), typeof(CustomerUpdated), typeof(CustomerArchived),
        typeof(CustomerBecameIndependent), typeof(CustomerIndependenceReverted),
        typeof(DepartmentCreated), typeof(DepartmentRenamed), typeof(DepartmentArchived),
    ];

    private DistributedApplication? _app;
    private string _databaseConnectionString = "";

    // The people whose scope tenants has been told (or a test is about to tell it).
    private readonly ConcurrentDictionary<Guid, byte> _scoped = new();

    /// <summary>The provider the service bootstraps (<c>Bootstrap__ProviderId</c>).</summary>
    public Guid ProviderId { get; } = Guid.NewGuid();

    /// <summary>The provider administrator most tests act as.</summary>
    public Guid AdministratorId { get; } = Guid.NewGuid();

    public DistributedApplication App => _app ?? throw new InvalidOperationException("Not started.");

    public HttpClient Client { get; private set; } = null!;

    /// <summary>The tenants database's connection string (the server also takes other databases).</summary>
    public string DatabaseConnectionString => _databaseConnectionString;

    public string EventBusConnectionString { get; private set; } = "";
    public EventBroker Broker { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var builder = TestApplications.CreateEmpty();
        builder.AddServiceWithItsData<Projects.Tenants_Api>(ResourceNames.Tenants, ResourceNames.TenantsDb)
            .WithEnvironment("Identity__TestSigningKey", TestTokens.SigningKey)
            .WithEnvironment("Portal__PublicUrl", TestTokens.PublicUrl)
            .WithEnvironment("Bootstrap__ProviderId", ProviderId.ToString());
        _app = await builder.StartHealthyAsync();
        Client = _app.CreateHttpClient(ResourceNames.Tenants);
        _databaseConnectionString = await _app.GetConnectionStringAsync(ResourceNames.TenantsDb) ?? throw new InvalidOperationException("No tenantsdb.");
        EventBusConnectionString = await _app.GetConnectionStringAsync(ResourceNames.EventBus) ?? throw new InvalidOperationException("No eventbus.");
        Broker = await EventBroker.ConnectAsync(EventBusConnectionString, PublishedEvents);
    }

    public async Task DisposeAsync()
    {
        if (Broker is not null)
        {
            await Broker.DisposeAsync();
        }

        Client?.Dispose();
        if (_app is not null)
        {
            await _app.StopAndDeleteDataAsync();
        }
    }

    /// <param name="acceptLanguage">The Accept-Language header to send, if any.</param>
    public async Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, string? token, object? body = null, string? acceptLanguage = null)
    {
        using var request = new HttpRequestMessage(method, path);
        if (acceptLanguage is not null)
        {
            request.Headers.AcceptLanguage.ParseAdd(acceptLanguage);
        }

        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", await ScopedAsync(token));
        }

        if (body is not null)
        {
            request.Content = body as HttpContent ?? JsonContent.Create(body);
        }

        return await Client.SendAsync(request);
    }

    public Task<HttpResponseMessage> SendJsonAsync(HttpMethod method, string path, string token, string json) =>
        SendAsync(method, path, token, new StringContent(json, Encoding.UTF8, "application/json"));

    /// <summary>
    /// The token, once tenants knows its person's scope. Identity publishes a person's scope as soon as they
    /// exist, and tenants answers people it has no scope for as narrowly as it can (no customers); the tests'
    /// people get identity's default (every customer of their provider, the token's permissions) first,
    /// unless a test published their scope itself.
    /// </summary>
    public async Task<string> ScopedAsync(string token)
    {
        var payload = JsonDocument.Parse(Base64UrlDecode(token.Split('.')[1])).RootElement;
        if (payload.TryGetProperty("sub", out var sub) && Guid.TryParse(sub.GetString(), out var userId)
            && payload.TryGetProperty("org_id", out var organization) && Guid.TryParse(organization.GetString(), out var organizationId)
            && _scoped.TryAdd(userId, 0))
        {
            var kind = payload.GetProperty("org_kind").GetString()!;
            string[] permissions = [.. payload.GetProperty("permissions").EnumerateArray().Select(p => p.GetString()!)];
            await PublishAndWaitAsync(new UserAccessChanged(
                userId, organizationId, kind, payload.GetProperty("role").GetString()!, permissions,
                AllCustomers: kind == "provider", [], [], [.. PortalAreas.All], [], Active: true));
        }

        return token;
    }

    private static byte[] Base64UrlDecode(string text)
    {
        var padded = text.Replace('-', '+').Replace('_', '/');
        return Convert.FromBase64String(padded.PadRight(padded.Length + (4 - padded.Length % 4) % 4, '='));
    }

    /// <summary>Publishes identity's event and waits until tenants has handled it.</summary>
    public async Task PublishAndWaitAsync(UserAccessChanged message)
    {
        _scoped.TryAdd(message.UserId, 0);
        var messageId = await Broker.PublishAsync(message);
        await Eventually.ReturnsAsync(
            () => ScalarAsync<long>("SELECT count(*) FROM processed_messages WHERE message_id = $1", messageId),
            count => count == 1,
            because: $"tenants to handle UserAccessChanged of {message.UserId}");
    }

    /// <summary>Waits for events that match, then a little longer for a duplicate that should not come.</summary>
    public async Task<RecordedEvent> ExactlyOneEventAsync(string type, Func<JsonElement, bool> match)
    {
        await Eventually.ReturnsAsync(() => Task.FromResult(Broker.Matching(type, match).Count), n => n > 0, because: $"a {type} event");
        await Task.Delay(TimeSpan.FromSeconds(1.5));
        return Assert.Single(Broker.Matching(type, match));
    }

    public async Task<T> ScalarAsync<T>(string sql, params object[] parameters)
    {
        await using var connection = new NpgsqlConnection(_databaseConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        foreach (var parameter in parameters)
        {
            command.Parameters.Add(new NpgsqlParameter { Value = parameter });
        }

        return (T)Convert.ChangeType((await command.ExecuteScalarAsync())!, typeof(T), System.Globalization.CultureInfo.InvariantCulture);
    }

    public static async Task<JsonElement> ReadJsonAsync(HttpResponseMessage response) =>
        await response.Content.ReadFromJsonAsync<JsonElement>();
}
