using System.Globalization;
using System.Text;

namespace Assets.Benchmarks;

/// <summary>Writes docs/benchmarks/assets.md.</summary>
public static class Report
{
    public static string Render(SeedVolume volume, IReadOnlyList<Measurement> results)
    {
        var text = new StringBuilder();
        text.AppendLine("# Assets service: list and dashboard latency");
        text.AppendLine();
        text.AppendLine("Produced by `dotnet run -c Release --project benchmarks/Assets.Benchmarks` (not part of the tests).");
        text.AppendLine(CultureInfo.InvariantCulture, $"Run on {DateTime.UtcNow:yyyy-MM-dd} on the development machine ({Environment.ProcessorCount} cores, shared), PostgreSQL 15 started by the AppHost's test entry point.");
        text.AppendLine();
        text.AppendLine(CultureInfo.InvariantCulture,
            $"Seeded with binary COPY: 1 provider, 5 departments, {volume.Customers} customers, {volume.Customers * volume.ObjectsPerCustomer} objects, " +
            $"{volume.Devices:N0} devices, {volume.Tickets:N0} tickets (15 months; 10 % open, 5 % in progress), {volume.VideoSessions:N0} video sessions.");
        text.AppendLine("Requests are sent one at a time straight to the service (no gateway), 10 warm-up + 100 measured each; times in milliseconds, client side.");
        text.AppendLine();
        text.AppendLine("| caller | request | p50 | p95 | max |");
        text.AppendLine("|---|---|---:|---:|---:|");
        foreach (var r in results)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"| {r.Caller} | `{r.Request.Replace("|", "\\|", StringComparison.Ordinal)}` | {r.P50:0.0} | {r.P95:0.0} | {r.Max:0.0} |");
        }

        return text.ToString();
    }
}
