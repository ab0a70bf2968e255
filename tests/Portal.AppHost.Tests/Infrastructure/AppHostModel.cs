using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Aspire.Hosting.Testing;
using Portal.Hosting;

namespace Portal.AppHost.Tests.Infrastructure;

/// <summary>
/// The AppHost's model (Portal.AppHost/AppHost.cs run up to <c>Build()</c>), nothing started. Endpoints get
/// the addresses a development run gives them (the fixed port, or one made up where DCP would pick), so
/// that connection strings can be resolved and read as a service reads them.
/// </summary>
public sealed class AppHostModel : IAsyncLifetime
{
    private readonly RunDirectory _run = new();

    public IDistributedApplicationTestingBuilder Builder { get; private set; } = null!;

    public IResource Resource(string name) => Builder.Resources.Single(r => r.Name == name);

    public async Task InitializeAsync() => Builder = await BuildAsync(_run);

    /// <summary>The model as a start with <paramref name="arguments"/> (e.g. <c>--Parameters:…</c>) would build it.</summary>
    public static async Task<IDistributedApplicationTestingBuilder> BuildAsync(RunDirectory run, params string[] arguments)
    {
        var builder = await DistributedApplicationTestingBuilder.CreateAsync<Projects.Portal_AppHost>(
            [
                "--environment=Development",
                // The model creates its data directory; the generated passwords go to a store of this test's own.
                $"--{PortalData.DirectoryKey}={run.DataDirectory}",
                $"--ASPIRE_USER_SECRETS_ID={run.UserSecretsId}",
                .. arguments,
            ],
            (options, _) => options.DisableDashboard = true);

        var unfixedPort = 40000;
        foreach (var endpoint in builder.Resources.SelectMany(r => r.Annotations.OfType<EndpointAnnotation>()))
        {
            endpoint.AllocatedEndpoint = new AllocatedEndpoint(endpoint, "localhost", endpoint.Port ?? unfixedPort++);
        }

        return builder;
    }

    public async Task DisposeAsync()
    {
        if (Builder is not null)
        {
            await Builder.DisposeAsync();
        }

        _run.Delete();
    }
}
