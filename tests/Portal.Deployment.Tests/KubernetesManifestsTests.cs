using Portal.Contracts;

namespace Portal.Deployment.Tests;

/// <summary>
/// The production deployment (deploy/kubernetes) as a cluster would take it: every object valid for the Kubernetes
/// API, every process of the AppHost deployed with its probes, resources, Service, autoscaler and budget, the
/// migrations as Jobs, one Ingress for the provider's and the customers' host names. And the validator refuses
/// manifests with a mistake, so a green run means something.
/// </summary>
public sealed class KubernetesManifestsTests
{
    private static readonly string[] Processes =
        [ResourceNames.Identity, ResourceNames.Tenants, ResourceNames.Notifications, ResourceNames.Assets, ResourceNames.Web, ResourceNames.Gateway];

    private static readonly string[] WithDatabase = [ResourceNames.Identity, ResourceNames.Tenants, ResourceNames.Notifications, ResourceNames.Assets, ResourceNames.Web];

    [Fact]
    public async Task EveryProcessIsDeployedValidlyWithItsMigrationsAndThePublicHostNames()
    {
        var report = await ManifestValidator.ValidateAsync(ManifestValidator.Manifests);

        Assert.True(report.ExitCode == 0, string.Join("\n", report.Errors));
        Assert.Empty(report.Errors);
        Assert.Equal(Processes.Order(), report.Named("Deployment").Order());
        Assert.Equal(Processes.Order(), report.Named("Service").Except(["postgres", "rabbitmq"]).Order());
        // Every process scales, the web app too: its sessions and keys are in its database.
        Assert.Equal(Processes.Order(), report.Named("HorizontalPodAutoscaler").Order());
        Assert.Equal(Processes.Order(), report.Named("PodDisruptionBudget").Order());
        Assert.Equal(WithDatabase.Select(s => $"{s}-migrations").Order(), report.Named("Job").Order());
        Assert.Equal(["postgres", "rabbitmq"], report.Named("Service").Intersect(["postgres", "rabbitmq"]).Order());
        Assert.Equal(["portal"], report.Named("Ingress"));
        var ingress = await File.ReadAllTextAsync(Path.Combine(ManifestValidator.Manifests, "ingress.yaml"));
        Assert.Contains("host: \"*.portal.example.com\"", ingress, StringComparison.Ordinal);
    }

    /// <summary>
    /// The gateway's replicas count the sign-in rate limits together in its database (no migrations: it creates its
    /// table itself); the validator above checks that the Secret key is described.
    /// </summary>
    [Fact]
    public async Task TheGatewayIsGivenItsOwnDatabaseForTheSharedRateLimits()
    {
        var gateway = await File.ReadAllTextAsync(Path.Combine(ManifestValidator.Manifests, "gateway.yaml"));

        Assert.Contains($"- name: ConnectionStrings__{ResourceNames.GatewayDb}", gateway, StringComparison.Ordinal);
        Assert.Contains($"key: {ResourceNames.GatewayDb}", gateway, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AManifestWithAMistakeIsRefusedWithTheReason()
    {
        var copy = Directory.CreateTempSubdirectory("portal-manifests-");
        try
        {
            foreach (var file in Directory.GetFiles(ManifestValidator.Manifests))
            {
                File.Copy(file, Path.Combine(copy.FullName, Path.GetFileName(file)));
            }

            var assets = Path.Combine(copy.FullName, "assets.yaml");
            var text = await File.ReadAllTextAsync(assets);
            await File.WriteAllTextAsync(assets, text
                .Replace("  replicas: 2", "  replicas: two", StringComparison.Ordinal)
                .Replace("path: /alive", "path: /live", StringComparison.Ordinal)
                .Replace("key: assetsdb", "key: assets-db", StringComparison.Ordinal));

            var report = await ManifestValidator.ValidateAsync(copy.FullName);

            Assert.Equal(1, report.ExitCode);
            Assert.Contains(report.Errors, e => e.Contains("Deployment assets", StringComparison.Ordinal) && e.Contains("replicas must be integer", StringComparison.Ordinal));
            Assert.Contains(report.Errors, e => e.Contains("liveness probe must ask /alive", StringComparison.Ordinal));
            Assert.Contains(report.Errors, e => e.Contains("key assets-db", StringComparison.Ordinal));
        }
        finally
        {
            copy.Delete(recursive: true);
        }
    }
}
