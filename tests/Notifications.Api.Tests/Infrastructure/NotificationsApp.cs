using Aspire.Hosting;
using Aspire.Hosting.Testing;
using Portal.Contracts;
using Portal.Hosting.MailDev;
using Portal.Testing.Aspire;

namespace Notifications.Api.Tests.Infrastructure;

/// <summary>
/// The notifications service on a real PostgreSQL, RabbitMQ and MailDev, started once for the test run
/// on Aspire.Hosting.Testing, with a publisher to play identity and MailDev's inbox to read.
/// </summary>
public sealed class NotificationsApp : IAsyncLifetime
{
    private DistributedApplication? _app;

    public DistributedApplication App => _app ?? throw new InvalidOperationException("Not started.");
    public HttpClient Client { get; private set; } = null!;
    public EventPublisher Events { get; private set; } = null!;
    public MailDevInbox Inbox { get; private set; } = null!;
    public Database Database { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var builder = TestApplications.CreateEmpty();
        var mailDev = builder.AddMailDev(ResourceNames.MailDev);
        builder.AddServiceWithItsData<Projects.Notifications_Api>(ResourceNames.Notifications, ResourceNames.NotificationsDb)
            .WithReference(mailDev).WaitFor(mailDev)
            .WithEnvironment("Identity__TestSigningKey", TestTokens.SigningKey)
            .WithEnvironment("Portal__PublicUrl", UserTokens.PublicUrl)
            // Short back-off, so that a mail held back while SMTP was down goes out within the test.
            .WithEnvironment("Mail__MinRetryDelay", "00:00:00.500")
            .WithEnvironment("Mail__MaxRetryDelay", "00:00:02");
        _app = await builder.StartHealthyAsync();
        Client = _app.CreateHttpClient(ResourceNames.Notifications);
        Database = new Database(await _app.GetConnectionStringAsync(ResourceNames.NotificationsDb) ?? throw new InvalidOperationException("No notificationsdb."));
        Events = await EventPublisher.ConnectAsync(
            await _app.GetConnectionStringAsync(ResourceNames.EventBus) ?? throw new InvalidOperationException("No eventbus."));
        Inbox = new MailDevInbox(() => App.CreateHttpClient(ResourceNames.MailDev));
    }

    public async Task DisposeAsync()
    {
        if (Events is not null)
        {
            await Events.DisposeAsync();
        }

        Client?.Dispose();
        if (_app is not null)
        {
            await _app.StopAndDeleteDataAsync();
        }
    }
}
