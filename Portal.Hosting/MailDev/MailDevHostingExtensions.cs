using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;

namespace Portal.Hosting.MailDev;

public static class MailDevHostingExtensions
{
    /// <summary>
    /// MailDev 3 run with Node from <c>tools/maildev</c> (<c>npm ci --prefix tools/maildev</c>), both ports on
    /// 127.0.0.1; healthy when <c>/api/healthz</c> answers (what its own container image checks).
    /// </summary>
    public static IResourceBuilder<MailDevResource> AddMailDev(this IDistributedApplicationBuilder builder, string name, int? smtpPort = null, int? httpPort = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var script = DebianPackages.Require(MailDevScript(builder), "maildev from npm: npm ci --prefix tools/maildev");
        var mailDev = new MailDevResource(name, DebianPackages.Node(), PortalData.DirectoryOf(builder));
        return builder.AddResource(mailDev)
            .WithArgs(script, "--ip", "127.0.0.1", "--web-ip", "127.0.0.1")
            .WithHttpEndpoint(port: httpPort, name: MailDevResource.HttpEndpointName, env: "MAILDEV_WEB_PORT")
            .WithEndpoint(port: smtpPort, name: MailDevResource.SmtpEndpointName, scheme: "smtp", env: "MAILDEV_SMTP_PORT")
            .WithIconName("Mail")
            .WithHttpHealthCheck("/api/healthz", endpointName: MailDevResource.HttpEndpointName)
            .ExcludeFromManifest();
    }

    /// <summary>The repository's pinned MailDev: <c>tools/maildev</c> beside the AppHost's folder.</summary>
    private static string MailDevScript(IDistributedApplicationBuilder builder) =>
        Path.GetFullPath(Path.Combine(PortalData.RepositoryRoot(builder), "tools", "maildev", "node_modules", "maildev", "dist", "bin", "maildev.js"));
}
