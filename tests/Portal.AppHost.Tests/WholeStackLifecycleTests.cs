using Portal.AppHost.Hosting;
using Portal.AppHost.Tests.Infrastructure;
using Portal.Contracts;

namespace Portal.AppHost.Tests;

/// <summary>The real declaration (AppHost.cs), started and stopped as a developer would.</summary>
public sealed class WholeStackLifecycleTests
{
    [Fact]
    public async Task StoppingTheWholeStackLeavesNoProcessBehind()
    {
        var app = DistributedApplicationTestingBuilder.Create(PortalApplication.Declare).Build();
        await app.StartAsync(TestApps.Timeout(180));
        var started = ProcessProbe.Descendants(Environment.ProcessId);
        foreach (var project in new[] { "Tenants.Api", "Identity.Api", "Notifications.Api", "Assets.Api", "Portal.Gateway", "Portal.Web" })
        {
            Assert.Contains(started, p => p.CommandLine.Contains(project + ".dll", StringComparison.Ordinal));
        }

        Assert.Contains(started, p => p.CommandLine.Contains("beam.smp", StringComparison.Ordinal));
        Assert.Contains(started, p => p.CommandLine.Contains("postgres", StringComparison.Ordinal));
        Assert.All(app.GetResources(), r => Assert.True(r.IsRunningAndHealthy, $"{r.Name} is {r.State}"));
        Assert.Equal(13, app.GetResources().Count);
        Assert.Contains(app.GetResources(), r => r.Name == ResourceNames.Gateway);

        await app.DisposeAsync();

        var survivors = await ProcessProbe.WaitUntilGoneAsync(started, TimeSpan.FromSeconds(1));
        Assert.True(survivors.Count == 0, $"Still running: {string.Join("; ", survivors)}");
    }
}
