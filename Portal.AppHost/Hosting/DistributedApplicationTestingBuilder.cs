using System.Security.Cryptography;

namespace Portal.AppHost.Hosting;

/// <summary>
/// The shape of Aspire.Hosting.Testing: an application with a fresh temporary data directory and free
/// ports, so several can run one after the other in one test process. Disposing it deletes the data.
/// </summary>
public static class DistributedApplicationTestingBuilder
{
    public static IDistributedApplicationBuilder Create(Action<IDistributedApplicationBuilder> declareResources, params string[] args)
    {
        ArgumentNullException.ThrowIfNull(declareResources);
        var options = new AppHostOptions
        {
            // Short, because PostgreSQL's socket path must stay under ~100 characters.
            DataDirectory = Path.Combine(Path.GetTempPath(), $"portal-{RandomNumberGenerator.GetHexString(8, lowercase: true)}"),
            Fresh = true,
            UseRandomPorts = true,
            OtlpEndpoint = null,
            IsTemporary = true,
            // A test that wants it sets Options.Dashboard.Enabled; it then gets free ports as well.
            Dashboard = { Enabled = false },
        };
        CommandLine.Apply(options, args);
        var builder = new DistributedApplicationBuilder(options);
        declareResources(builder);
        return builder;
    }
}
