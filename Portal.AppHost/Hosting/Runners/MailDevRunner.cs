using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Portal.AppHost.Hosting;

/// <summary>MailDev 3 from tools/maildev (npm ci --prefix tools/maildev), both ports on 127.0.0.1.</summary>
internal sealed class MailDevRunner(MailDevResource resource, RunnerContext context) : ResourceRunner(context)
{
    public override Task LaunchAsync(CancellationToken cancellationToken)
    {
        MainProcess = StartProcess(new ChildProcessSpec
        {
            Id = resource.Name,
            FileName = Executables.Require("node"),
            Arguments =
            [
                Prerequisites.MailDevScript(Context.RepositoryRoot),
                "--smtp", $"{resource.SmtpEndpoint.Port}", "--web", $"{resource.HttpEndpoint.Port}",
                "--ip", "127.0.0.1", "--web-ip", "127.0.0.1",
            ],
            WorkingDirectory = Context.DataDirectory,
            Output = Context.Output,
        });
        return Task.CompletedTask;
    }

    /// <summary>MailDev 3 answers /api/healthz (what its own container health check asks).</summary>
    public override async Task<HealthStatus?> CheckHealthAsync(CancellationToken cancellationToken) =>
        HealthProbe.ToStatus(await HealthProbe.IsOkAsync(new Uri($"{resource.HttpEndpoint.Url}/api/healthz"), cancellationToken));
}
