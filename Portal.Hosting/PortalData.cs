using Aspire.Hosting;
using Microsoft.Extensions.Configuration;

namespace Portal.Hosting;

/// <summary>
/// Where the executables keep their data: <c>Portal:DataDirectory</c>, by default <c>.portal/</c> at the
/// repository root (git-ignored), so that a second start finds the databases and the broker of the first.
/// Tests give every run a folder of its own, so that two suites can run side by side.
/// </summary>
public static class PortalData
{
    public const string DirectoryKey = "Portal:DataDirectory";

    /// <summary>True for data a test throws away: PostgreSQL then skips fsync, which costs time and protects nothing.</summary>
    public const string EphemeralKey = "Portal:EphemeralData";

    public static string DirectoryOf(IDistributedApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var directory = builder.Configuration[DirectoryKey] is { Length: > 0 } configured
            ? Path.GetFullPath(configured)
            : Path.Combine(RepositoryRoot(builder), ".portal");
        Directory.CreateDirectory(directory);
        return directory;
    }

    public static bool IsEphemeral(IDistributedApplicationBuilder builder) =>
        builder.Configuration.GetValue<bool>(EphemeralKey);

    /// <summary>
    /// The folder with Portal.sln: above the AppHost's project folder, or, for a test's own small application,
    /// above the test assembly.
    /// </summary>
    public static string RepositoryRoot(IDistributedApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        foreach (var start in new[] { builder.AppHostDirectory, AppContext.BaseDirectory })
        {
            for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
            {
                if (File.Exists(Path.Combine(directory.FullName, "Portal.sln")))
                {
                    return directory.FullName;
                }
            }
        }

        throw new InvalidOperationException($"No Portal.sln above {builder.AppHostDirectory} or {AppContext.BaseDirectory}.");
    }

    /// <summary>A wrapper script of this library, copied next to the assembly (see the project file).</summary>
    internal static string Script(string fileName) => Path.Combine(AppContext.BaseDirectory, "portal-hosting", fileName);
}
