using System.Globalization;
using System.Text;
using Assets.Benchmarks;
using Portal.Benchmarking;

namespace Replicas.Benchmarks;

/// <summary>
/// Writes docs/benchmarks/replicas.md: reads per second and latency of each configuration, where the CPU went, and what
/// that means on the machine it ran on. The explanation takes its figures from the run, so that it cannot claim more than it measured.
/// </summary>
public static class Report
{
    /// <summary>Closer than this to 1× the two rates count as the same: rounds on a shared machine vary by about as much.</summary>
    private const double SameWithin = 0.05;

    public static string Render(RunInfo run, ReplicaOptions options, SeededData seeded, IReadOnlyList<ConfigurationResult> results)
    {
        var text = new StringBuilder();
        var line = (FormattableString value) => text.AppendLine(value.ToString(CultureInfo.InvariantCulture));
        var one = results[0];
        var more = results[^1];
        var v = seeded.Volume;
        text.AppendLine("# Replicas: reads per second through the gateway with 1 and with 2 assets replicas");
        text.AppendLine();
        line($"Produced by `{run.Command}` (not part of the tests).");
        text.AppendLine(run.MarkdownLines);
        line($"- Load average at the start: {run.LoadAtStart}. The machine is shared: read the figures as a ceiling.");
        text.AppendLine();
        text.AppendLine("## What was measured");
        text.AppendLine();
        line($"One PostgreSQL holds one assets database, seeded as Assets.Benchmarks seeds it (binary COPY, then `VACUUM ANALYZE` and a");
        line($"`CHECKPOINT`): {v.Tickets:N0} tickets, {v.Customers:N0} customers, {v.Customers * v.ObjectsPerCustomer:N0} objects, {v.Devices:N0} devices.");
        text.AppendLine("Two installations of the assets service run over that same database, each behind a Portal gateway of its own, which");
        text.AppendLine("routes `/api/assets` to the service it discovers as `assets` (`services__assets__http__0`):");
        text.AppendLine();
        text.AppendLine("| | service | replicas | gateway |");
        text.AppendLine("|---|---|---:|---|");
        foreach (var (result, label) in results.Zip(new[] { "A", "B" }))
        {
            var c = result.Configuration;
            line($"| {label} | `{c.Service}` | {c.Replicas}{(c.Replicas > 1 ? $" (`WithReplicas({c.Replicas})`)" : "")} | `{c.GatewayName}` |");
        }

        text.AppendLine();
        text.AppendLine("Aspire spreads the connections to a resource with replicas through its proxy (DCP's), and refuses replicas without it");
        text.AppendLine("(`WithReplicas` with `WithEndpointProxySupport(false)`): so both services sit behind the proxy, the one replica pays the");
        text.AppendLine("same extra hop as the two, and A and B differ in the number of replicas only. The clients reach the gateways directly.");
        text.AppendLine("RabbitMQ runs because the service needs it; identity does not: the service accepts tokens signed with a test key");
        text.AppendLine("(`Identity__TestSigningKey`), as in Assets.Benchmarks.");
        text.AppendLine();
        line($"{options.Concurrency} clients send reads in a closed loop (each its next as soon as the last one answered) through one gateway,");
        line($"in turn {string.Join(" and ", Reads.Paths.Select(p => $"`GET {p}`"))} (the first page, default sort) as a customer's user (one customer's");
        line($"rows) and as the provider's staff (all customers'). After an unrecorded {Rounds.Warmup.TotalSeconds:0} s warm-up of each, rounds of");
        line($"{options.Duration.TotalSeconds:0} s alternate A, B, A, B, … ({options.Rounds} each), so that whatever else the shared machine does falls on both alike.");
        text.AppendLine("A read counts when it is a 200, read to its end; latency is the client's, from sending to the last byte, over all rounds.");
        text.AppendLine();
        text.AppendLine("## Result");
        text.AppendLine();
        text.AppendLine("| replicas | reads/s | reads/s per round | p50 (ms) | p95 (ms) | p99 (ms) | failed |");
        text.AppendLine("|---:|---:|---|---:|---:|---:|---:|");
        foreach (var result in results)
        {
            var latency = result.Requests.Latency;
            line($"| {result.Configuration.Replicas} | {result.ReadsPerSecond:0.0} | {string.Join(" / ", result.Rounds.Select(r => r.PerSecond.ToString("0", CultureInfo.InvariantCulture)))} | {latency.P50:0.0} | {latency.P95:0.0} | {latency.P99:0.0} | {result.Requests.Failed:N0} of {result.Requests.Total:N0} |");
        }

        text.AppendLine();
        text.AppendLine("Where the CPU went while each configuration's rounds ran, in cores kept busy on average (the machine has");
        line($"{run.Cores}). The load generator is this process (the clients, and the Aspire host watching the resources); DCP is Aspire's");
        text.AppendLine("orchestrator, whose proxy every read passes between the gateway and a replica; \"outside\" is what ran on the machine");
        text.AppendLine("besides this run's processes (RabbitMQ, the idle installation, and other work on the shared machine). CPU per read is");
        text.AppendLine("what this run's processes used (all columns but \"outside\") per read served, and what the service's replicas used.");
        text.AppendLine();
        text.AppendLine("| replicas | machine | load generator | DCP | gateway | assets (per replica) | PostgreSQL | outside | CPU per read (ms) | of it assets (ms) |");
        text.AppendLine("|---:|---:|---:|---:|---:|---|---:|---:|---:|---:|");
        foreach (var result in results)
        {
            var cpu = result.Cpu;
            line($"| {result.Configuration.Replicas} | {cpu.Cores(cpu.Machine):0.00} | {cpu.Cores(cpu.LoadGenerator):0.00} | {cpu.Cores(cpu.Dcp):0.00} | {cpu.Cores(cpu.Gateway):0.00} | {string.Join(" + ", cpu.Replicas.Select(r => cpu.Cores(r).ToString("0.00", CultureInfo.InvariantCulture)))} | {cpu.Cores(cpu.Postgres):0.00} | {cpu.Cores(Outside(cpu)):0.00} | {PerRead(result, cpu.Stack):0.00} | {PerRead(result, cpu.Service):0.00} |");
        }

        text.AppendLine();
        text.AppendLine("## What it shows");
        text.AppendLine();
        Explain(text, run, one, more);
        return text.ToString();
    }

    private static void Explain(StringBuilder text, RunInfo run, ConfigurationResult one, ConfigurationResult more)
    {
        var line = (FormattableString value) => text.AppendLine(value.ToString(CultureInfo.InvariantCulture));
        var ratio = more.ReadsPerSecond / one.ReadsPerSecond;
        var replicas = more.Configuration.Replicas;
        var shares = string.Join(" and ", more.Cpu.Replicas.Select(r => (r / more.Cpu.Service).ToString("P0", CultureInfo.InvariantCulture)));
        var verdict = Math.Abs(ratio - 1) <= SameWithin
            ? $"about as many reads per second as one replica ({ratio:0.00}×), within what rounds on a shared machine vary by"
            : ratio > 1
                ? $"{ratio - 1:P0} more reads per second than one replica ({ratio:0.00}×)"
                : $"{1 - ratio:P0} fewer reads per second than one replica ({ratio:0.00}×)";
        line($"With {replicas} replicas the gateway served {verdict}.");
        text.AppendLine();
        line($"On this machine a second replica cannot add CPU: the load generator, the gateway, Aspire's proxy, the replicas and");
        line($"PostgreSQL share {run.Cores} cores. While the rounds ran the machine was {Busy(run, one):P0} busy with one replica and {Busy(run, more):P0} with {replicas},");
        line($"{one.Cpu.Cores(Outside(one.Cpu)):0.00} and {more.Cpu.Cores(Outside(more.Cpu)):0.00} cores of it outside this run. A second replica then takes turns on the same");
        text.AppendLine("cores with the first instead of working beside it: all it can add is what one process leaves unused (threads waiting on");
        text.AppendLine("PostgreSQL or the network), and it costs a second process's share of the cores: its own garbage collector, thread pool,");
        text.AppendLine("timers, code warming up and connections to PostgreSQL.");
        text.AppendLine();
        text.AppendLine("What the figures do show:");
        line($"- What a second replica costs on shared cores: this run's processes spent {PerRead(more, more.Cpu.Stack):0.00} ms of CPU per read with {replicas}");
        line($"  replicas against {PerRead(one, one.Cpu.Stack):0.00} ms with one (the service itself {PerRead(more, more.Cpu.Service):0.00} against {PerRead(one, one.Cpu.Service):0.00} ms), and the latency went from");
        line($"  p50 {one.Requests.Latency.P50:0.0} / p95 {one.Requests.Latency.P95:0.0} ms to p50 {more.Requests.Latency.P50:0.0} / p95 {more.Requests.Latency.P95:0.0} ms.");
        var serviceGrowth = PerRead(more, more.Cpu.Service) / PerRead(one, one.Cpu.Service);
        if (serviceGrowth > 1 + SameWithin)
        {
            line($"  The replicas together spent {serviceGrowth:0.0}× the service's CPU per read of the one, most likely because each process pays");
            text.AppendLine("  its fixed costs and, with half the reads each, its threads more often go idle and are woken again (a .NET thread");
            text.AppendLine("  spins a while before it sleeps): on cores that are never free, CPU taken from the reads. This run does not separate the two.");
        }

        line($"- That the proxy spreads the load: the {replicas} replicas used {shares} of the service's CPU time. The proxy picks a replica per");
        text.AppendLine("  connection, not per request, and the gateway keeps its connections open, so the split follows how the gateway's few");
        text.AppendLine("  connections fell and need not be even.");
        var failed = one.Requests.Failed + more.Requests.Failed;
        line($"- That replicas over one database serve the same reads: {(failed == 0 ? "every read was a 200" : $"all but {failed} reads were 200s")}, and the failure budget (at most");
        text.AppendLine("  a handful of failed reads) held for both.");
        text.AppendLine();
        text.AppendLine("What would show scale-out: replicas with CPU of their own. With the replicas on separate nodes (deploy/kubernetes runs");
        text.AppendLine("assets with `replicas: 2`) or on a machine with cores to spare, the load generator on another machine, and PostgreSQL");
        text.AppendLine("and the gateway sized not to be the limit, two replicas should come near twice the reads per second of one for as long");
        text.AppendLine("as the service is what limits; the CPU table shows what would limit next (the gateway and PostgreSQL are on the path of");
        text.AppendLine("every read). This run measures the mechanism and its cost on shared cores, not that gain.");
    }

    private static double Busy(RunInfo run, ConfigurationResult result) => result.Cpu.Cores(result.Cpu.Machine) / run.Cores;

    /// <summary>What ran on the machine besides this run's processes.</summary>
    private static TimeSpan Outside(CpuUse cpu) => cpu.Machine - cpu.Stack;

    /// <summary>CPU time per successful read, in milliseconds.</summary>
    private static double PerRead(ConfigurationResult result, TimeSpan cpu) => cpu.TotalMilliseconds / result.Requests.Succeeded;
}
