using Aspire.Hosting.ApplicationModel;
using Microsoft.Extensions.Hosting;

namespace Portal.AppHost.Reporting;

/// <summary>
/// Appends every resource's console output to <c>&lt;data dir&gt;/logs/&lt;resource&gt;.log</c>, so that a
/// start that went wrong can be read after the dashboard has gone; <c>Portal:Verbose</c> (<c>--verbose</c>
/// of start.sh) echoes it, prefixed with the resource's name.
/// </summary>
internal sealed class ResourceLogFiles(
    ResourceLoggerService resourceLogs,
    ResourceLogFilesOptions options)
{
    private const long RotateAbove = 10 * 1024 * 1024;

    public async Task RunAsync(ResourceNotificationService notifications, CancellationToken stoppingToken)
    {
        Directory.CreateDirectory(options.Directory);
        // Console logs are kept per running instance (its resource id, such as "postgres-xrxznzen"); one file per resource.
        var copying = new HashSet<string>();
        try
        {
            await foreach (var update in notifications.WatchAsync(stoppingToken))
            {
                if (update.Resource is not ParameterResource && !update.Snapshot.IsHidden && copying.Add(update.ResourceId))
                {
                    _ = CopyAsync(update.ResourceId, update.Resource.Name, stoppingToken);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    private async Task CopyAsync(string resourceId, string resource, CancellationToken stoppingToken)
    {
        var path = Path.Combine(options.Directory, $"{resource}.log");
        // One generation of history is enough for a development machine.
        if (File.Exists(path) && new FileInfo(path).Length > RotateAbove)
        {
            File.Move(path, path + ".1", overwrite: true);
        }

        await using var file = new StreamWriter(path, append: true) { AutoFlush = true };
        try
        {
            await foreach (var batch in resourceLogs.WatchAsync(resourceId).WithCancellation(stoppingToken))
            {
                foreach (var line in batch)
                {
                    await file.WriteLineAsync(line.Content);
                    if (options.Echo)
                    {
                        Console.WriteLine($"{resource,-16}| {line.Content}");
                    }
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }
}

/// <param name="Directory">Where the files go: <c>&lt;data dir&gt;/logs</c>.</param>
/// <param name="Echo">Also write every line to the AppHost's console (<c>Portal:Verbose</c>).</param>
internal sealed record ResourceLogFilesOptions(string Directory, bool Echo);
