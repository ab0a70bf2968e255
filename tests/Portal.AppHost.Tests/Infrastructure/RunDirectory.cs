using Microsoft.Extensions.Configuration.UserSecrets;
using Portal.Testing.Aspire;

namespace Portal.AppHost.Tests.Infrastructure;

/// <summary>
/// What one test run owns on disk: a data directory (short, under /tmp) and a user-secrets store of its own
/// (<c>ASPIRE_USER_SECRETS_ID</c>), so that the generated passwords a run persists never land in, or come
/// from, the developer's AppHost secrets.
/// </summary>
public sealed class RunDirectory
{
    public string DataDirectory { get; } = Path.Combine(Path.GetTempPath(), $"portal-t{Guid.NewGuid():N}"[..18]);

    public string UserSecretsId { get; } = $"portal-apphost-tests-{Guid.NewGuid():N}";

    public string UserSecretsFile => PathHelper.GetSecretsPathFromSecretsId(UserSecretsId);

    /// <summary>Deletes both; after the run's processes are gone (a broker still running would write on).</summary>
    public void Delete()
    {
        DataFolders.Delete(DataDirectory);
        DataFolders.Delete(Path.GetDirectoryName(UserSecretsFile)!);
    }
}
