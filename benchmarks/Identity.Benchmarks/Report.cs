using System.Globalization;
using System.Text;
using Portal.Benchmarking;

namespace Identity.Benchmarks;

/// <summary>Writes the results as the Markdown page docs/benchmarks/identity.md.</summary>
public static class Report
{
    public static string Markdown(RunInfo run, IdentityOptions options, IReadOnlyList<LimitChange> limits, IdentityResult r)
    {
        var text = new StringBuilder();
        void Line(FormattableString line) => text.AppendLine(line.ToString(CultureInfo.InvariantCulture));

        text.AppendLine("# Identity: password sign-ins, token refreshes, the hashing limit and the gateway's latency");
        text.AppendLine();
        Line($"Written by `{run.Command}` (not part of the test suite).");
        text.AppendLine(Setup);
        text.AppendLine();
        text.AppendLine(run.MarkdownLines);
        Line($"- Load average (1 / 5 / 15 min) at the start: {run.LoadAtStart}; at the end: {r.LoadAtEnd}. The machine is shared and small:");
        text.AppendLine("  PostgreSQL, RabbitMQ, identity, the gateway and this load generator share its cores, and other work (another");
        text.AppendLine("  engineer's builds and tests) may have run at the same time; a load above the number of cores means processes");
        text.AppendLine("  were waiting for a CPU. Read the figures as a floor, not as what a server of its own would do.");
        Line($"- Password hashing, read from the hash identity stored for the run's account and checked by deriving it again: {r.Hash.Description}");
        text.AppendLine("- Limits set for this run (identity's configuration, through its environment; production keeps the defaults):");
        foreach (var limit in limits)
        {
            Line($"  - `{limit.Setting}`: {limit.Default} (default) → `{limit.Value}` in this run: {limit.Why}");
        }

        foreach (var unchanged in IdentityLimits.Unchanged(options.KeepLimits))
        {
            Line($"  - {unchanged}");
        }

        var budget = FailureBudget.Handful;
        Line($"- Failed requests: {r.AllRequests.Sum(k => k.Failed)} of {r.AllRequests.Sum(k => k.Total):N0}. A run with more than {budget.MaxFailed} failed requests of one kind, or more than {budget.MaxShare:P1} of them, writes no page and exits with 1.");
        text.AppendLine();

        text.AppendLine("## Sign-ins and refreshes");
        text.AppendLine();
        text.AppendLine("`POST /connect/token` directly to identity. Latencies are of the successful requests.");
        text.AppendLine();
        text.AppendLine("| Phase | Concurrency | Duration (s) | Succeeded | Failed | Per second | p50 (ms) | p95 (ms) | p99 (ms) |");
        text.AppendLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var phase in new[] { r.SignIns, r.Refreshes })
        {
            var q = phase.Requests;
            Line($"| {q.Kind} | {phase.Concurrency} | {phase.Duration.TotalSeconds:F1} | {q.Succeeded:N0} | {q.Failed} | {phase.PerSecond:F1} | {q.Latency.P50:F0} | {q.Latency.P95:F0} | {q.Latency.P99:F0} |");
        }

        text.AppendLine();
        text.AppendLine("## Sign-ins against the hashing limit");
        text.AppendLine();
        text.AppendLine("Each password sign-in verifies one hash. PBKDF2 with identity's parameters, derived in the benchmark's own process");
        text.AppendLine("(.NET's `Rfc2898DeriveBytes.Pbkdf2`, which ASP.NET Core Identity's hasher also ends in) on dedicated threads, just");
        text.AppendLine("before the sign-in phase, while the services were idle:");
        text.AppendLine();
        text.AppendLine("| | Threads | Hashes | Duration (s) | Per second |");
        text.AppendLine("|---|---:|---:|---:|---:|");
        foreach (var rate in new[] { r.SingleThread, r.Concurrent })
        {
            Line($"| PBKDF2 | {rate.Threads} | {rate.Hashes:N0} | {rate.Duration.TotalSeconds:F1} | {rate.PerSecond:F1} |");
        }

        Line($"| password sign-ins (above) | {r.SignIns.Concurrency} workers | {r.SignIns.Requests.Succeeded:N0} | {r.SignIns.Duration.TotalSeconds:F1} | {r.SignIns.PerSecond:F1} |");
        text.AppendLine();
        Line($"Sign-ins reached {r.SignIns.PerSecond / r.Concurrent.PerSecond:P0} of the machine's PBKDF2 rate on {r.Concurrent.Threads} threads ({r.SignIns.PerSecond / r.SingleThread.PerSecond:P0} of the single-thread rate). The rest of a sign-in (its database reads and writes, the audit entry, the tokens) and the other processes on the same cores take the difference.");
        text.AppendLine();

        var g = r.Gateway;
        text.AppendLine("## The gateway's added latency");
        text.AppendLine();
        Line($"`GET {g.Path}` (no rate limit, no database), one request at a time, {g.Direct.Total:N0} directly to identity and {g.ThroughGateway.Total:N0} through");
        text.AppendLine("the gateway (YARP, route `/.well-known/{**rest}`), alternating, after 50 of each to warm up. Both paths pass DCP's loopback");
        text.AppendLine("proxy in front of each process, as in the development stack: through the gateway that is one proxy more.");
        text.AppendLine();
        text.AppendLine("| Path | Requests | Failed | p50 (ms) | p95 (ms) | p99 (ms) | max (ms) |");
        text.AppendLine("|---|---:|---:|---:|---:|---:|---:|");
        Latency(text, "direct to identity", g.Direct);
        Latency(text, "through the gateway", g.ThroughGateway);
        Line($"| difference | | | {g.ThroughGateway.Latency.P50 - g.Direct.Latency.P50:F2} | {g.ThroughGateway.Latency.P95 - g.Direct.Latency.P95:F2} | {g.ThroughGateway.Latency.P99 - g.Direct.Latency.P99:F2} | |");
        text.AppendLine();
        text.AppendLine("The difference is of the percentiles, not a percentile of per-request differences.");
        return text.ToString();
    }

    private const string Setup = """
        The run starts identity (a Release build), its PostgreSQL database and RabbitMQ on loopback through Aspire.Hosting.Testing,
        and the gateway in front of it as the AppHost wires it (its address is the public one identity issues tokens for).
        Four measurements follow, in this order: PBKDF2 alone in the benchmark's process; password sign-ins (`grant_type=password`,
        client `portal-cli`) and token refreshes (`grant_type=refresh_token`, each worker rotating its own token) sent to identity
        directly, each phase bounded in time and in requests; and the discovery document one request at a time, directly and
        through the gateway.
        """;

    private static void Latency(StringBuilder text, string path, RequestStats stats) =>
        text.AppendLine(CultureInfo.InvariantCulture,
            $"| {path} | {stats.Total:N0} | {stats.Failed} | {stats.Latency.P50:F2} | {stats.Latency.P95:F2} | {stats.Latency.P99:F2} | {stats.Latency.Max:F2} |");
}
