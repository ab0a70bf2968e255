using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Portal.ServiceDefaults.RateLimiting;

/// <summary>
/// Deletes the rows of ended windows every few minutes, so that the table holds the partitions of the last
/// minutes rather than every address that ever signed in. Not per request: a row that has ended does no harm
/// until then (the next request in its partition starts it over). Every replica sweeps; the deletes are alike.
/// </summary>
internal sealed partial class RateLimitWindowSweeper(SharedRateLimitWindows windows, ILogger<RateLimitWindowSweeper> logger) : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromMinutes(5);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                var deleted = await windows.DeleteEndedWindowsAsync(stoppingToken);
                LogSwept(logger, deleted);
            }
            catch (Exception exception) when (!stoppingToken.IsCancellationRequested)
            {
                // The next sweep tries again; an outage is already reported by the limiter that counts.
                LogSweepFailed(logger, exception);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Deleted {Count} ended rate-limit windows")]
    private static partial void LogSwept(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Ended rate-limit windows could not be deleted; the next sweep tries again")]
    private static partial void LogSweepFailed(ILogger logger, Exception exception);
}
