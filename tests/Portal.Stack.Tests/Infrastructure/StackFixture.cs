using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Portal.AppHost;
using Portal.Contracts;
using Portal.Stack.Tests.Journeys;

namespace Portal.Stack.Tests.Infrastructure;

/// <summary>
/// The whole Portal stack, started once for a test collection from the AppHost's model on
/// Aspire.Hosting.Testing: real PostgreSQL, RabbitMQ, MailDev, the four services, the gateway and the web app (each
/// as <see cref="Replicas"/> processes), on free ports with fresh data. Disposing it stops everything and deletes the data. Callers sign in
/// through identity's <c>/connect/token</c> like any client; no test signing key is set (ADR 3).
/// </summary>
public sealed class StackFixture : IAsyncLifetime
{
    private readonly Lock _signingIn = new();
    private DistributedApplication? _app;
    private Task<PortalSession>? _administrator;

    /// <summary>
    /// Every service, the web app and the gateway run twice, so that every test of the stack also shows that
    /// nothing depends on a request landing where the previous one did.
    /// </summary>
    public const int Replicas = 2;

    public DistributedApplication App => _app ?? throw new InvalidOperationException("The stack has not started.");

    /// <summary>The resources of the AppHost's model.</summary>
    public IReadOnlyList<IResource> Resources { get; private set; } = [];

    /// <summary>The gateway: the only address a user of Portal needs.</summary>
    public HttpClient Gateway { get; private set; } = null!;

    /// <summary>What MailDev received: invitations and other links the tests follow.</summary>
    public StackInbox Inbox => new(() => App.CreateHttpClient(ResourceNames.MailDev));

    public async Task InitializeAsync()
    {
        var builder = await TestApplications.CreateWholeStackAsync(replicas: Replicas);
        Resources = [.. builder.Resources];
        // Twelve service processes start on a machine that, in the suite, also runs the browser tests' stack: on two
        // cores that has taken more than the default four minutes.
        _app = await builder.StartHealthyAsync(TimeSpan.FromMinutes(10));
        Gateway = _app.CreateHttpClient(ResourceNames.Gateway);
    }

    public async Task DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.StopAndDeleteDataAsync();
        }
    }

    /// <summary>
    /// The provider administrator the stack starts with, signed in once for all tests: the token
    /// endpoint is rate-limited, and the run is far shorter than the token's lifetime.
    /// </summary>
    public Task<PortalSession> AdministratorAsync()
    {
        lock (_signingIn)
        {
            return _administrator ??= PortalSession.SignInAsync(
                Gateway, DevelopmentAccounts.AdminEmail, DevelopmentAccounts.AdminPassword);
        }
    }

    /// <summary>The value of one of the AppHost's parameters, e.g. a generated secret that a client needs.</summary>
    public async Task<string> ParameterValueAsync(string name) =>
        await Resources.OfType<ParameterResource>().Single(parameter => parameter.Name == name).GetValueAsync(CancellationToken.None)
        ?? throw new InvalidOperationException($"The parameter {name} has no value.");

    public Database DatabaseOf(string databaseResource) =>
        new(App.GetConnectionStringAsync(databaseResource).AsTask().GetAwaiter().GetResult()
            ?? throw new InvalidOperationException($"No connection string for {databaseResource}."));

    /// <summary>The provider organization the tenants service created at its first start.</summary>
    public async Task<Guid> ProviderIdAsync() =>
        await Eventually.ReturnsAsync(
            () => DatabaseOf(ResourceNames.TenantsDb).ScalarAsync<string>("SELECT coalesce((SELECT id::text FROM organizations WHERE kind = 'Provider'), '')"),
            id => id.Length > 0,
            because: "the provider to be bootstrapped") is var id ? Guid.Parse(id) : Guid.Empty;

    /// <summary>Creates a department through the gateway as the provider administrator; returns its id.</summary>
    public async Task<Guid> CreateDepartmentAsync(string name)
    {
        var administrator = await AdministratorAsync();
        using var response = await administrator.SendAsync(HttpMethod.Post, "/api/tenants/departments", new { name });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var created = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(name, created.GetProperty("name").GetString());
        return created.GetProperty("id").GetGuid();
    }
}

[CollectionDefinition(Name)]
public sealed class StackCollection : ICollectionFixture<StackFixture>
{
    public const string Name = "Whole stack";
}
