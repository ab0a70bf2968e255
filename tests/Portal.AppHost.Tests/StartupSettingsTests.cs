using Aspire.Hosting;
using Aspire.Hosting.Testing;
using Aspire.Hosting.ApplicationModel;
using Portal.AppHost.Tests.Infrastructure;
using Portal.Contracts;

namespace Portal.AppHost.Tests;

/// <summary>The provider's name and first administrator: AppHost parameters that ops set, with the development defaults.</summary>
public sealed class StartupSettingsTests(AppHostModel model) : IClassFixture<AppHostModel>
{
    [Fact]
    public async Task WithoutSettingsTheServicesGetTheDevelopmentAccounts()
    {
        var identity = await EnvironmentOf(model.Builder, ResourceNames.Identity);
        var tenants = await EnvironmentOf(model.Builder, ResourceNames.Tenants);

        Assert.Equal(DevelopmentAccounts.AdminEmail, identity["Bootstrap__AdminEmail"]);
        Assert.Equal(DevelopmentAccounts.AdminPassword, identity["Bootstrap__AdminPassword"]);
        Assert.Equal(DevelopmentAccounts.ProviderName, tenants["Bootstrap__ProviderName"]);
        Assert.True(((ParameterResource)model.Resource(StartupSettings.AdminPasswordParameter)).Secret);
    }

    [Fact]
    public async Task TheStartCommandsParametersReachIdentityAndTenants()
    {
        var run = new RunDirectory();
        try
        {
            await using var builder = await AppHostModel.BuildAsync(run,
                "--Parameters:admin-email=ops@provider.example",
                "--Parameters:admin-password=an-operations-secret-2026",
                "--Parameters:provider-name=Example Services GmbH");

            var identity = await EnvironmentOf(builder, ResourceNames.Identity);
            var tenants = await EnvironmentOf(builder, ResourceNames.Tenants);

            Assert.Equal("ops@provider.example", identity["Bootstrap__AdminEmail"]);
            Assert.Equal("an-operations-secret-2026", identity["Bootstrap__AdminPassword"]);
            Assert.Equal("Example Services GmbH", tenants["Bootstrap__ProviderName"]);
        }
        finally
        {
            run.Delete();
        }
    }

    // The variables as a run resolves them. Its successor (ExecutionConfigurationBuilder) wants the
    // services of a built application; the model is all this test has.
#pragma warning disable CS0618
    private static async Task<Dictionary<string, string>> EnvironmentOf(IDistributedApplicationTestingBuilder builder, string resource) =>
        await ((IResourceWithEnvironment)builder.Resources.Single(r => r.Name == resource)).GetEnvironmentVariableValuesAsync();
#pragma warning restore CS0618
}
