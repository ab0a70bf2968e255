using Aspire.Hosting;
using Aspire.Hosting.Testing;
using Portal.Testing.Aspire;

namespace Portal.AppHost.Tests.Infrastructure;

/// <summary>PostgreSQL with a database, RabbitMQ and MailDev, started once for a test class on fresh data.</summary>
public sealed class InfrastructureApp : IAsyncLifetime
{
    public DistributedApplication App { get; private set; } = null!;

    public async Task InitializeAsync() => App = await TestApplications.CreateEmpty().AddAll().StartHealthyAsync();

    public async Task DisposeAsync()
    {
        if (App is not null)
        {
            await App.StopAndDeleteDataAsync();
        }
    }
}
