using Portal.AppHost.Hosting;
using Portal.AppHost.Tests.Infrastructure;

namespace Portal.AppHost.Tests;

/// <summary>Failures end StartAsync with a message that names the resource and shows what it printed.</summary>
public sealed class FailureTests
{
    [Fact]
    public async Task AProjectThatWasNotBuiltFailsToStartWithAClearMessage()
    {
        await using var app = DistributedApplicationTestingBuilder.Create(b => b.AddProject<NotBuiltProject>("ghost")).Build();

        var error = await Assert.ThrowsAsync<DistributedApplicationException>(() => app.StartAsync(TestApps.Timeout(30)));

        Assert.Contains("'ghost' failed to start", error.Message, StringComparison.Ordinal);
        Assert.Contains("dotnet build", error.Message, StringComparison.Ordinal);
        Assert.Equal(KnownResourceStates.FailedToStart, app.GetResources().Single().State);
    }

    [Fact]
    public async Task AProjectThatExitsDuringStartUpIsExitedAndItsOutputIsShown()
    {
        await using var app = DistributedApplicationTestingBuilder.Create(b => b.AddProject<BrokenProject>("broken")).Build();

        var error = await Assert.ThrowsAsync<DistributedApplicationException>(() => app.StartAsync(TestApps.Timeout(30)));

        var broken = app.GetResources().Single();
        Assert.Equal(KnownResourceStates.Exited, broken.State);
        Assert.NotEqual(0, broken.ExitCode);
        Assert.Contains("'broken' exited during start-up", error.Message, StringComparison.Ordinal);
        Assert.Contains(broken.Logs.GetLastLines(1)[0].Content, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AResourceWaitingForAFailedOneFailsToo()
    {
        await using var app = DistributedApplicationTestingBuilder.Create(b =>
        {
            var ghost = b.AddProject<NotBuiltProject>("ghost");
            b.AddProject<NotBuiltProject>("follower").WaitFor(ghost);
        }).Build();

        await Assert.ThrowsAsync<DistributedApplicationException>(() => app.StartAsync(TestApps.Timeout(30)));
        var follower = await app.ResourceNotifications.WaitForResourceAsync(
            "follower", e => e.Snapshot.State == KnownResourceStates.FailedToStart, TestApps.Timeout(10));

        Assert.Contains("'ghost'", follower.Snapshot.StateReason, StringComparison.Ordinal);
    }

    [Fact]
    public void MissingPrerequisitesAreNamedWithWhatToInstall()
    {
        var error = Assert.Throws<DistributedApplicationException>(
            () => Prerequisites.Check([new MailDevResource("maildev", null, null)], "/nonexistent"));

        Assert.Contains("maildev package", error.Message, StringComparison.Ordinal);
        Assert.Contains("apt-get install -y postgresql rabbitmq-server nodejs", error.Message, StringComparison.Ordinal);
        Assert.Contains("npm ci --prefix tools/maildev", error.Message, StringComparison.Ordinal);
    }

    private sealed class NotBuiltProject : IProjectMetadata
    {
        public string ProjectPath => "/nonexistent/Ghost/Ghost.csproj";

        public string AssemblyPath => "/nonexistent/Ghost/bin/Ghost.dll";
    }

    // Not an assembly at all: the dotnet host refuses it and exits with an error.
    private sealed class BrokenProject : IProjectMetadata
    {
        public string ProjectPath => Path.Combine(AppContext.BaseDirectory, "Broken.csproj");

        public string AssemblyPath => Path.Combine(AppContext.BaseDirectory, "xunit.runner.json");
    }
}
