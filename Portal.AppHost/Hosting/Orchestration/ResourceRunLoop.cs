using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Portal.AppHost.Hosting;

/// <summary>
/// One run of one resource: Waiting for what it waits for, Starting, Running with health checks, until
/// it is stopped (cancellation) or its process exits (Exited, or FailedToStart if it never was healthy).
/// </summary>
internal sealed class ResourceRunLoop(ResourceNotificationService notifications)
{
    public async Task RunAsync(ResourceRuntime runtime, ResourceRun run)
    {
        var cancellationToken = run.Cancellation.Token;
        try
        {
            // Whatever a crashed earlier run of this resource left (the epmd of a broker that died).
            await runtime.Runner.StopAsync();
            foreach (var dependency in WaitsFor(runtime.Resource))
            {
                await WaitForDependencyAsync(dependency, cancellationToken);
            }

            runtime.Update(s => s with
            {
                State = KnownResourceStates.Starting,
                HealthStatus = null,
                StateReason = null,
                ExitCode = null,
                ProcessId = null,
                StoppedAt = null,
            });
            runtime.MarkStartInLogFile();
            await runtime.Runner.LaunchAsync(cancellationToken);
            var main = runtime.Runner.MainProcess;
            runtime.Update(s => s with
            {
                State = KnownResourceStates.Running,
                StartedAt = DateTimeOffset.UtcNow,
                ProcessId = main?.Pid,
                Environment = runtime.Runner.ShownEnvironment,
            });
            await RunUntilExitAsync(runtime, run, main, cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Stopped: StopResourceAsync sets the state.
        }
        catch (Exception ex)
        {
            if (run.Stopping)
            {
                return;
            }

            await runtime.Runner.StopAsync();
            runtime.Update(s => s with
            {
                State = KnownResourceStates.FailedToStart,
                StateReason = ex is DistributedApplicationException ? ex.Message : $"{ex.GetType().Name}: {ex.Message}",
                HealthStatus = null,
                StoppedAt = DateTimeOffset.UtcNow,
            });
        }
    }

    private static async Task RunUntilExitAsync(ResourceRuntime runtime, ResourceRun run, ChildProcess? main, CancellationToken cancellationToken)
    {
        using var healthCancellation = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var health = MonitorHealthAsync(runtime, run, healthCancellation.Token);
        try
        {
            if (main is null)
            {
                await health;
                return;
            }

            var exitCode = await main.Exited.WaitAsync(cancellationToken);
            await healthCancellation.CancelAsync();
            await main.WaitForOutputAsync(TimeSpan.FromSeconds(1));
            if (run.Stopping)
            {
                return;
            }

            var failed = !run.BecameHealthy && runtime.Runner.ExitBeforeHealthyIsStartFailure;
            await runtime.Runner.StopAsync();
            runtime.Update(s => s with
            {
                State = failed ? KnownResourceStates.FailedToStart : KnownResourceStates.Exited,
                StateReason = failed ? $"exited with code {exitCode} before it became healthy" : $"exited with code {exitCode}",
                ExitCode = exitCode,
                HealthStatus = null,
                StoppedAt = DateTimeOffset.UtcNow,
            });
        }
        finally
        {
            await healthCancellation.CancelAsync();
            await health.ContinueWith(_ => { }, TaskScheduler.Default);
        }
    }

    // Healthy is checked every second; before that (and while unhealthy) every 250 ms.
    private static async Task MonitorHealthAsync(ResourceRuntime runtime, ResourceRun run, CancellationToken cancellationToken)
    {
        while (!cancellationToken.IsCancellationRequested)
        {
            HealthStatus? status;
            try
            {
                status = await runtime.Runner.CheckHealthAsync(cancellationToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                status = null;
            }

            // Once it has answered, silence means unhealthy rather than "still starting".
            if (status is null && run.BecameHealthy)
            {
                status = HealthStatus.Unhealthy;
            }

            if (status == HealthStatus.Healthy)
            {
                run.BecameHealthy = true;
            }

            if (cancellationToken.IsCancellationRequested)
            {
                return;
            }

            runtime.Update(s => s.HealthStatus == status ? s : s with { HealthStatus = status });
            await Task.Delay(status == HealthStatus.Healthy ? TimeSpan.FromSeconds(1) : TimeSpan.FromMilliseconds(250), cancellationToken);
        }
    }

    private async Task WaitForDependencyAsync(IResource dependency, CancellationToken cancellationToken)
    {
        try
        {
            await notifications.WaitForResourceHealthyAsync(dependency.Name, cancellationToken);
        }
        catch (DistributedApplicationException)
        {
            throw new DistributedApplicationException($"'{dependency.Name}', which it waits for, failed to start.");
        }
    }

    // A database also waits for its server; references alone do not wait (as in Aspire).
    public static IEnumerable<IResource> WaitsFor(Resource resource) =>
        resource is PostgresDatabaseResource database ? resource.WaitsFor.Append(database.Parent).Distinct() : resource.WaitsFor;
}
