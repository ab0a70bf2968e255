using System.Diagnostics;
using Aspire.Hosting.ApplicationModel;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Portal.AppHost.Reporting;

/// <summary>
/// What <c>./scripts/start.sh</c> prints besides Aspire's own lines (the dashboard's login link among them):
/// each resource as its state or health changes, then, once every resource is healthy, the addresses to
/// open and how long the start took.
/// </summary>
internal sealed class StartupReport(
    DistributedApplicationModel model,
    ResourceNotificationService notifications,
    ILogger logger)
{
    private readonly Dictionary<string, string> _shown = [];

    public async Task RunAsync(CancellationToken stoppingToken)
    {
        // Parameters and what starts only on request (Aspire's hidden rebuilders of projects) are not waited for.
        var pending = model.Resources.Where(r => r is not ParameterResource && !r.TryGetAnnotationsOfType<ExplicitStartupAnnotation>(out _))
            .Select(r => r.Name).ToHashSet();
        try
        {
            await foreach (var update in notifications.WatchAsync(stoppingToken))
            {
                var snapshot = update.Snapshot;
                var state = snapshot.State?.Text ?? "Unknown";
                var shown = snapshot.HealthStatus is { } health && state == KnownResourceStates.Running ? $"{state} ({health})" : state;
                if (update.Resource is ParameterResource || snapshot.IsHidden || string.IsNullOrEmpty(snapshot.State?.Text)
                    || (_shown.TryGetValue(update.Resource.Name, out var before) && before == shown))
                {
                    continue;
                }

                _shown[update.Resource.Name] = shown;
                logger.LogInformation("{Resource,-22} {State}", update.Resource.Name, shown);
                if (IsReady(update.Resource, snapshot) && pending.Remove(update.Resource.Name) && pending.Count == 0)
                {
                    ReportReady();
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    /// <summary>Running and healthy, or a one-shot step that finished well.</summary>
    private static bool IsReady(IResource resource, CustomResourceSnapshot snapshot) =>
        (snapshot.State?.Text == KnownResourceStates.Running && snapshot.HealthStatus == Microsoft.Extensions.Diagnostics.HealthChecks.HealthStatus.Healthy)
        || (snapshot.State?.Text == KnownResourceStates.Finished && snapshot.ExitCode == 0 && resource is ExecutableResource);

    private void ReportReady()
    {
        var started = Process.GetCurrentProcess().StartTime.ToUniversalTime();
        var elapsed = DateTime.UtcNow - started;
        logger.LogInformation(
            """
            Portal is ready after {Seconds:F1} s.
              Portal (gateway):       {Gateway}
              API reference:          {ApiReference}
              Development mail inbox: {MailDev}
              Ops dashboard:          open the "Login to the dashboard at ..." link above
            """,
            elapsed.TotalSeconds, UrlOf(Contracts.ResourceNames.Gateway), UrlOf(Contracts.ResourceNames.Gateway) + "/api/reference", UrlOf(Contracts.ResourceNames.MailDev));
    }

    private string UrlOf(string resource) =>
        model.Resources.OfType<IResourceWithEndpoints>().FirstOrDefault(r => r.Name == resource) is { } withEndpoints
            && withEndpoints.GetEndpoint("http") is { IsAllocated: true } endpoint
            ? endpoint.Url
            : "(not running)";
}
