using Portal.AppHost.Hosting;
using Portal.Contracts;

namespace Portal.AppHost.Tests;

/// <summary>The application file declares what the architecture describes (checked without starting anything).</summary>
public sealed class DeclarationTests
{
    [Fact]
    public async Task ThePortalApplicationDeclaresEveryResourceWithItsDependencies()
    {
        await using var app = DistributedApplicationTestingBuilder.Create(PortalApplication.Declare).Build();

        var resources = app.GetResources().ToDictionary(r => r.Name);

        Assert.Equal(
            new[] { "postgres", "tenantsdb", "identitydb", "notificationsdb", "assetsdb", "eventbus", "maildev", "tenants", "identity", "notifications", "assets", "web", "gateway" }.Order(),
            resources.Keys.Order());
        Assert.All(resources.Values, r => Assert.Equal(KnownResourceStates.NotStarted, r.State));
        // Services reference identity (service discovery of its discovery document and signing keys).
        Assert.Equivalent(new[] { ResourceNames.TenantsDb, ResourceNames.EventBus, ResourceNames.Identity }, resources[ResourceNames.Tenants].DependsOn);
        Assert.Equivalent(new[] { ResourceNames.NotificationsDb, ResourceNames.EventBus, ResourceNames.MailDev, ResourceNames.Identity }, resources[ResourceNames.Notifications].DependsOn);
        Assert.Equivalent(new[] { ResourceNames.Tenants, ResourceNames.Identity, ResourceNames.Notifications, ResourceNames.Assets }, resources[ResourceNames.Web].DependsOn);
        Assert.Equivalent(new[] { ResourceNames.Tenants, ResourceNames.Identity, ResourceNames.Notifications, ResourceNames.Assets, ResourceNames.Web }, resources[ResourceNames.Gateway].DependsOn);
        Assert.Equal("Project", resources[ResourceNames.Gateway].Type);
    }

    [Fact]
    public void ACircleOfWaitsIsRejected()
    {
        var builder = DistributedApplicationTestingBuilder.Create(b =>
        {
            var first = b.AddProject<Projects.Tenants_Api>("first");
            var second = b.AddProject<Projects.Assets_Api>("second").WaitFor(first);
            first.WaitFor(second);
        });

        var error = Assert.Throws<ArgumentException>(() => builder.Build());
        Assert.Contains("first -> second -> first", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ResourceNamesAreUniqueAndPlain()
    {
        Assert.Throws<ArgumentException>(() => DistributedApplicationTestingBuilder.Create(b =>
        {
            b.AddPostgres("db");
            b.AddRabbitMQ("DB");
        }));
        Assert.Throws<ArgumentException>(() => DistributedApplicationTestingBuilder.Create(b => b.AddMailDev("mail dev")));
    }
}
