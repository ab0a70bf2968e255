using Aspire.Hosting;
using Aspire.Hosting.Testing;
using Portal.Hosting;

namespace Portal.AppHost.Tests.Infrastructure;

/// <summary>
/// An empty model like <c>TestApplications.CreateEmpty()</c>, but on a data directory and secrets store the
/// test chooses: two applications one after the other on the same ones are a restart, as a developer's
/// second <c>./scripts/start.sh</c> is.
/// </summary>
public static class EmptyApplications
{
    public static IDistributedApplicationTestingBuilder Create(RunDirectory run)
    {
        ArgumentNullException.ThrowIfNull(run);
        return DistributedApplicationTestingBuilder.Create(
            "--environment=Development",
            $"--{PortalData.DirectoryKey}={run.DataDirectory}",
            $"--{PortalData.EphemeralKey}=true",
            // Where Aspire persists generated parameters (the passwords); user secrets load in Development only.
            $"--ASPIRE_USER_SECRETS_ID={run.UserSecretsId}");
    }
}
