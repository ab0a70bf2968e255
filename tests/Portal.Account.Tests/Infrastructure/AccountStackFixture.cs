using Portal.AppHost;
using Portal.AppHost.Hosting;
using Portal.Contracts;

namespace Portal.Account.Tests.Infrastructure;

/// <summary>
/// The whole Portal stack through the AppHost's test entry point (real PostgreSQL, RabbitMQ, MailDev,
/// the services, the gateway and the web app on free ports with fresh data), started once for the
/// account page tests. Disposing it stops everything and deletes the data.
/// </summary>
public sealed class AccountStackFixture : IAsyncLifetime
{
    private DistributedApplication? _app;

    public DistributedApplication App => _app ?? throw new InvalidOperationException("The stack has not started.");

    /// <summary>The one address a user of Portal needs; links in e-mails point here.</summary>
    public HttpClient Gateway { get; private set; } = null!;

    public PortalApi Api { get; private set; } = null!;

    public Mailbox Mail { get; private set; } = null!;

    /// <summary>Identity's clock, for links that expire (reset it in <c>finally</c>: the stack is shared).</summary>
    public TestClock IdentityClock { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        // Inherited by every process of the stack: identity's /testing/clock exists only with it (Development).
        Environment.SetEnvironmentVariable("Testing__AdjustableClock", "true");

        _app = DistributedApplicationTestingBuilder.Create(PortalApplication.Declare).Build();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        await _app.StartAsync(timeout.Token);
        Gateway = _app.CreateHttpClient(ResourceNames.Gateway);
        Api = new PortalApi(Gateway);
        Mail = new Mailbox(_app.CreateHttpClient(ResourceNames.MailDev));
        IdentityClock = new TestClock(_app.CreateHttpClient(ResourceNames.Identity));
    }

    public async Task DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }
    }
}

[CollectionDefinition(Name)]
public sealed class AccountStackCollection : ICollectionFixture<AccountStackFixture>
{
    public const string Name = "Account pages on the whole stack";
}
