using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Portal.Contracts.Security;
using Portal.AppHost;
using Portal.AppHost.Hosting;
using Portal.Contracts;

namespace Portal.Stack.Tests.Infrastructure;

/// <summary>
/// The whole Portal stack, started once for a test collection through the AppHost's test entry
/// point: real PostgreSQL, RabbitMQ, MailDev, the four services, the gateway and the web app, on
/// free ports with fresh data. Disposing it stops everything and deletes the data.
/// </summary>
public sealed class StackFixture : IAsyncLifetime
{
    private DistributedApplication? _app;

    public DistributedApplication App => _app ?? throw new InvalidOperationException("The stack has not started.");

    /// <summary>The gateway: the only address a user of Portal needs.</summary>
    public HttpClient Gateway { get; private set; } = null!;

    /// <summary>The issuer the services expect in tokens: the gateway's public URL.</summary>
    public string Issuer => App.GetEndpoint(ResourceNames.Gateway).ToString().TrimEnd('/') + "/";

    public async Task InitializeAsync()
    {
        // Inherited by every process of the stack: services accept tokens signed with this key in
        // Development (see AuthenticationExtensions), so tests can act as provider staff.
        Environment.SetEnvironmentVariable("Identity__TestSigningKey", TestTokens.SigningKey);

        _app = DistributedApplicationTestingBuilder.Create(PortalApplication.Declare).Build();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        await _app.StartAsync(timeout.Token);
        Gateway = _app.CreateHttpClient(ResourceNames.Gateway);
    }

    public async Task DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }
    }

    public Database DatabaseOf(string databaseResource) =>
        new(App.GetConnectionStringAsync(databaseResource).GetAwaiter().GetResult()
            ?? throw new InvalidOperationException($"No connection string for {databaseResource}."));

    /// <summary>The provider organization the tenants service created at its first start.</summary>
    public async Task<Guid> ProviderIdAsync() =>
        await Eventually.ReturnsAsync(
            () => DatabaseOf(ResourceNames.TenantsDb).ScalarAsync<string>("SELECT coalesce((SELECT id::text FROM organizations WHERE kind = 'Provider'), '')"),
            id => id.Length > 0,
            because: "the provider to be bootstrapped") is var id ? Guid.Parse(id) : Guid.Empty;

    /// <summary>Creates a department through the gateway as a provider administrator; returns its id.</summary>
    public async Task<Guid> CreateDepartmentAsync(string name, Guid providerId)
    {
        using var request = AsProviderAdministrator(
            new HttpRequestMessage(HttpMethod.Post, "/api/tenants/departments") { Content = JsonContent.Create(new { name }) },
            providerId,
            Permissions.DepartmentsManage);
        using var response = await Gateway.SendAsync(request);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var created = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(name, created.GetProperty("name").GetString());
        return created.GetProperty("id").GetGuid();
    }

    public HttpRequestMessage AsProviderAdministrator(HttpRequestMessage request, Guid providerId, params string[] permissions)
    {
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", TestTokens.ProviderStaff(Issuer, providerId, permissions));
        return request;
    }
}

[CollectionDefinition(Name)]
public sealed class StackCollection : ICollectionFixture<StackFixture>
{
    public const string Name = "Whole stack";
}
