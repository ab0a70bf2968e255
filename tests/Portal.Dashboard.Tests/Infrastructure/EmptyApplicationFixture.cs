using Portal.AppHost.Dashboard;
using Portal.AppHost.Hosting;

namespace Portal.Dashboard.Tests.Infrastructure;

/// <summary>
/// A test application that declares no resources but runs the dashboard and its OTLP receiver on free
/// ports: what the receiver keeps does not depend on which services run. Starts in well under a second.
/// </summary>
public sealed class EmptyApplicationFixture : IAsyncLifetime
{
    /// <summary>Small, so that a test can prove the bound without sending thousands of spans.</summary>
    public const int MaxSpans = 50;

    private DistributedApplication? _app;

    public DashboardHost Dashboard => _app?.Dashboard ?? throw new InvalidOperationException("The application has not started.");

    public async Task InitializeAsync()
    {
        var builder = DistributedApplicationTestingBuilder.Create(_ => { });
        builder.Options.Dashboard.Enabled = true;
        builder.Options.Dashboard.Limits.MaxSpans = MaxSpans;
        _app = builder.Build();
        await _app.StartAsync();
    }

    public async Task DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }
    }
}
