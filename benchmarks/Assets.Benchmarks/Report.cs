using System.Globalization;
using System.Text;
using Portal.Benchmarking;

namespace Assets.Benchmarks;

/// <summary>Writes docs/benchmarks/assets.md: one table, a column group per size, so that growth shows.</summary>
public static class Report
{
    /// <summary>What every list and dashboard request should meet, up to <see cref="TargetTickets"/>.</summary>
    public const double TargetP95 = 50;

    /// <summary>At most this much slower (p95) at <see cref="TargetTickets"/> than at <see cref="BaseTickets"/>.</summary>
    public const double MaxGrowth = 1.5;

    /// <summary>
    /// The size the target is set for, and the size growth is measured from. Larger sizes are shown, not judged: they
    /// show how far the flat parts stay flat. A run without these sizes is judged from its smallest to its largest.
    /// </summary>
    public const int TargetTickets = 1_000_000;
    public const int BaseTickets = 100_000;

    public static string Render(RunInfo run, IReadOnlyList<SizeResult> sizes, RequestLog gateway, IReadOnlyList<(Caller Caller, string Path)> gatewayRequests)
    {
        var text = new StringBuilder();
        var line = (FormattableString value) => text.AppendLine(value.ToString(CultureInfo.InvariantCulture));
        var first = sizes[0];
        var last = sizes[^1];
        var baseSize = sizes.FirstOrDefault(s => s.Seeded.Volume.Tickets == BaseTickets) ?? first;
        var targetSize = sizes.FirstOrDefault(s => s.Seeded.Volume.Tickets == TargetTickets) ?? last;
        var judged = sizes.Where(s => s.Seeded.Volume.Tickets <= targetSize.Seeded.Volume.Tickets).ToList();
        var shownBeyond = last != targetSize;
        text.AppendLine("# Assets service: list and dashboard latency as the data grows");
        text.AppendLine();
        line($"Produced by `{run.Command}` (not part of the tests).");
        text.AppendLine(run.MarkdownLines);
        line($"- Load average at the start: {run.LoadAtStart}. The machine is shared: read the figures as a ceiling.");
        text.AppendLine();
        text.AppendLine("Each size is an installation of its own (an assets service and its database, one provider), seeded with binary COPY, as");
        text.AppendLine("a bulk load is done: the KPI counters' triggers off during the load, the counters rebuilt after it");
        text.AppendLine("(`rebuild_kpi_counters()`, the dashboard's \"Rebuild KPI counters\"), then `VACUUM ANALYZE` and a `CHECKPOINT`.");
        text.AppendLine("Tickets span 15 months (10 % open, 5 % in progress); per 4,000 tickets there is one customer with 10 objects, 400 devices");
        text.AppendLine("and 100 video sessions.");
        text.AppendLine();
        text.AppendLine("| tickets | customers | objects | devices | video sessions | bulk load (s) | counter rebuild (s) |");
        text.AppendLine("|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var size in sizes)
        {
            var v = size.Seeded.Volume;
            line($"| {v.Tickets:N0} | {v.Customers:N0} | {v.Customers * v.ObjectsPerCustomer:N0} | {v.Devices:N0} | {v.VideoSessions:N0} | {size.Seeded.LoadTime.TotalSeconds:0.0} | {size.Seeded.CounterRebuildTime.TotalSeconds:0.0} |");
        }

        text.AppendLine();
        line($"Requests are sent one at a time straight to the service, in rounds of every request of every caller at every size");
        line($"({Measurements.Warmup} warm-up rounds, {Measurements.Samples} measured), so that the shared machine's busy moments fall on all sizes alike;");
        text.AppendLine("milliseconds, client side.");
        line($"Target: p95 ≤ {TargetP95:0} ms up to {targetSize.Seeded.Volume.Tickets:N0} tickets, and p95 at {targetSize.Seeded.Volume.Tickets:N0} at most {MaxGrowth:0.0}× p95 at {baseSize.Seeded.Volume.Tickets:N0}.");
        if (shownBeyond)
        {
            line($"{last.Seeded.Volume.Tickets:N0} tickets are shown, not judged, with their growth over {baseSize.Seeded.Volume.Tickets:N0} in the last column.");
        }
        text.AppendLine();
        text.Append("| caller | request |");
        foreach (var size in sizes)
        {
            line($" {Short(size)} p50 | p95 | p99 |");
            text.Length -= Environment.NewLine.Length;
        }

        line($" p95 growth {Short(baseSize)}→{Short(targetSize)} | target met |{(shownBeyond ? $" p95 growth {Short(baseSize)}→{Short(last)} |" : "")}");
        text.Append("|---|---|").Append(string.Concat(Enumerable.Repeat("---:|---:|---:|", sizes.Count))).AppendLine(shownBeyond ? "---:|:---:|---:|" : "---:|:---:|");
        var rows = sizes[0].Log.All().Select(k => k.Kind.Split('|', 2)).Select(k => (Caller: k[0], Path: k[1])).ToList();
        var met = 0;
        foreach (var (caller, path) in rows)
        {
            text.Append(CultureInfo.InvariantCulture, $"| {caller} | `{path.Replace("|", "\\|", StringComparison.Ordinal)}` |");
            foreach (var size in sizes)
            {
                var latency = size.Latency(caller, path);
                text.Append(CultureInfo.InvariantCulture, $" {latency.P50:0.0} | {latency.P95:0.0} | {latency.P99:0.0} |");
            }

            var growth = targetSize.Latency(caller, path).P95 / baseSize.Latency(caller, path).P95;
            var ok = judged.All(s => s.Latency(caller, path).P95 <= TargetP95) && (judged.Count == 1 || growth <= MaxGrowth);
            met += ok ? 1 : 0;
            var beyond = shownBeyond ? $" {last.Latency(caller, path).P95 / baseSize.Latency(caller, path).P95:0.00}× |" : "";
            line($" {growth:0.00}× | {(ok ? "yes" : "**no**")} |{beyond}");
        }

        text.AppendLine();
        line($"{met} of {rows.Count} requests meet the target.");
        text.AppendLine();
        text.AppendLine("## What the gateway adds");
        text.AppendLine();
        line($"At {last.Seeded.Volume.Tickets:N0} tickets, the same request straight to the service and through the gateway, alternately, {GatewayOverhead.Samples} each.");
        text.AppendLine();
        text.AppendLine("| caller | request | direct p50 | direct p95 | gateway p50 | gateway p95 | added p50 |");
        text.AppendLine("|---|---|---:|---:|---:|---:|---:|");
        foreach (var (caller, path) in gatewayRequests)
        {
            var direct = gateway.Stats(GatewayOverhead.DirectKind(caller, path)).Latency;
            var through = gateway.Stats(GatewayOverhead.GatewayKind(caller, path)).Latency;
            line($"| {caller.Name} | `{path}` | {direct.P50:0.00} | {direct.P95:0.00} | {through.P50:0.00} | {through.P95:0.00} | {through.P50 - direct.P50:0.00} |");
        }

        text.Append(Notes);
        return text.ToString();
    }

    private static string Short(SizeResult size) => size.Seeded.Volume.Tickets switch
    {
        >= 1_000_000 and var n when n % 1_000_000 == 0 => $"{n / 1_000_000}M",
        >= 1_000 and var n when n % 1_000 == 0 => $"{n / 1_000}k",
        var n => n.ToString("N0", CultureInfo.InvariantCulture),
    };

    private const string Notes = """

        ## What keeps these figures flat
        - The dashboard's ticket and device figures come from per-customer counters (`ticket_counts`, `tickets_opened_per_month`,
          `tickets_resolved_per_day`, `device_counts`) that database triggers keep in the same transaction as each change: a few rows
          per customer, whatever the number of tickets. Staff who see the whole provider read the same ticket counters kept per
          provider (`provider_ticket_counts`, ...) for their totals and time series. Users limited to some objects get their (few)
          rows counted instead. ADR 15 and ADR 16 (docs/decisions/) explain them.
        - Every sort key of the ticket list has an index across customers whose columns run one way (key, created_at, id), so a
          page in either direction is an index walk; the priority and status ranks are stored columns.
        - Provider staff who see every customer are filtered by their provider (`provider_id = @p`), not by a list of
          customer ids; overdue services and upcoming video sessions have partial or covering indexes that start with the
          provider (or the customer), and are counted from the index alone. ADR 16.
        - `total` is exact from the counters (tickets: status, priority, customer filters; devices: status, customer) or counted
          up to 1,000 matches, then "more than 1,000" (`totalIsExact: false`).
        - Deep pages: `after` (a page's `next`) continues after the last row's (key, created_at, id), an index walk from there,
          where `page=150` skips 3,725 rows. In one customer's list the customer leads the compared row, so the customer's
          own index serves it.
        - `text=`: trigram GIN indexes (pg_trgm) on tickets (title, description) and on devices' `search_text` (name, serial
          number and model, lower-cased in one stored column: one `LIKE` instead of three `ILIKE`s); within one customer of up
          to 20,000 tickets or devices, the customer's rows are read instead (cheaper than a frequent word's matches across all
          customers). A device search's page takes its ids from an index-only walk of the provider's names that holds the search
          text too, then reads those rows.

        ## Known slow spots
        - A frequent word across all of a provider's devices (`devices?text=pump` for staff, a fifth of them match) walks the
          names that sort before its first matches ("Chiller ...", "Gate ..." before "Pump ..."): index-only, a fraction of a
          microsecond each, but their number grows with the devices.
        - The provider's dashboard has one breakdown row per customer (open tickets, devices, overdue services, upcoming
          sessions): that part grows with the number of customers (one per 4,000 tickets), not with the tickets.
        - Overdue services and upcoming sessions are counted from their indexes: the count grows with how many there are.
        - The gateway's added latency: a proxied request whose service answers in 0.2 ms costs about 0.25 ms more through the
          gateway, one whose service takes 5 ms about 1 ms more (measured by hand with a keep-alive client, alternating). While
          the service works, the gateway's threads go idle, and waking them costs most on a machine whose two cores also run
          the client, the service and PostgreSQL. Inline socket completions, no thread-pool spinning, and switching its
          telemetry off were tried: none moved it beyond the noise.
        """;
}
