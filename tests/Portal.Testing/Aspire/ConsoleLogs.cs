using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Microsoft.Extensions.DependencyInjection;

namespace Portal.Testing.Aspire;

/// <summary>A resource's console output so far, as the dashboard's console logs page shows it.</summary>
public static class ConsoleLogs
{
    public static async Task<IReadOnlyList<string>> ConsoleLogAsync(this DistributedApplication app, string resourceName)
    {
        ArgumentNullException.ThrowIfNull(app);
        var resource = app.Services.GetRequiredService<DistributedApplicationModel>().Resources.Single(r => r.Name == resourceName);
        var lines = new List<string>();
        await foreach (var batch in app.Services.GetRequiredService<ResourceLoggerService>().GetAllAsync(resource))
        {
            lines.AddRange(batch.Select(line => line.Content));
        }

        return lines;
    }
}
