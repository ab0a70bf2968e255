using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;

namespace Identity.Benchmarks;

/// <summary>Writes the results as the Markdown page docs/benchmarks/identity.md.</summary>
public static class Report
{
    public static string Markdown(IReadOnlyList<LoadResult> results, DateTimeOffset startedAt)
    {
        var text = new StringBuilder();
        text.AppendLine("# Identity: password sign-ins and token refreshes per second");
        text.AppendLine();
        text.AppendLine("Written by `dotnet run -c Release --project benchmarks/Identity.Benchmarks` (not part of the test suite).");
        text.AppendLine("The run starts identity (Release build of the benchmark's own copy), its PostgreSQL database and RabbitMQ");
        text.AppendLine("on loopback through the AppHost's test entry point, then calls `POST /connect/token` directly (no gateway,");
        text.AppendLine("so its rate limit does not apply) with `grant_type=password` and then `grant_type=refresh_token`");
        text.AppendLine("(each worker rotates its own refresh token). Every phase is bounded in time and in requests.");
        text.AppendLine();
        text.AppendLine(CultureInfo.InvariantCulture, $"- Run: {startedAt:yyyy-MM-dd HH:mm} UTC, {Environment.ProcessorCount} cores, {RuntimeInformation.OSDescription}, .NET {Environment.Version}");
        text.AppendLine("- Password hashing: PBKDF2-HMAC-SHA512, 210,000 iterations (each sign-in verifies one hash: that is the cost being measured)");
        text.AppendLine("- The machine is shared and small (2 cores, also running PostgreSQL, RabbitMQ and this load generator): read the numbers as a floor;");
        text.AppendLine("  a run while other test suites used the same cores measured about a fifth of these figures");
        text.AppendLine();
        text.AppendLine("| Phase | Concurrency | Duration (s) | Succeeded | Failed | Per second | p50 (ms) | p95 (ms) | p99 (ms) |");
        text.AppendLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var r in results)
        {
            text.AppendLine(CultureInfo.InvariantCulture,
                $"| {r.Name} | {r.Concurrency} | {r.Duration.TotalSeconds:F1} | {r.Succeeded} | {r.Failed} | {r.PerSecond:F1} | {r.Percentile(50):F0} | {r.Percentile(95):F0} | {r.Percentile(99):F0} |");
        }

        return text.ToString();
    }
}
