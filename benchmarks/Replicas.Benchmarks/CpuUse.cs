using Portal.Testing;

namespace Replicas.Benchmarks;

/// <summary>CPU time used while one configuration's rounds ran, by whom.</summary>
/// <param name="Wall">How long the rounds ran.</param>
/// <param name="Machine">All cores, anything that ran.</param>
/// <param name="Replicas">Each replica of the service under test.</param>
/// <param name="LoadGenerator">This process: the clients, and the Aspire host that watches the resources.</param>
/// <param name="Postgres">PostgreSQL with its backends.</param>
/// <param name="Dcp">Aspire's orchestrator, whose proxy every read passes on its way to a replica.</param>
public sealed record CpuUse(TimeSpan Wall, TimeSpan Machine, TimeSpan LoadGenerator, TimeSpan Gateway, IReadOnlyList<TimeSpan> Replicas, TimeSpan Postgres, TimeSpan Dcp)
{
    public static CpuUse None(int replicas) =>
        new(TimeSpan.Zero, TimeSpan.Zero, TimeSpan.Zero, TimeSpan.Zero, [.. Enumerable.Repeat(TimeSpan.Zero, replicas)], TimeSpan.Zero, TimeSpan.Zero);

    /// <summary>All the replicas together.</summary>
    public TimeSpan Service => Replicas.Aggregate(TimeSpan.Zero, (a, b) => a + b);

    /// <summary>What this run's processes used: the load generator, DCP, the gateway, the service and PostgreSQL.</summary>
    public TimeSpan Stack => LoadGenerator + Dcp + Gateway + Service + Postgres;

    private const string DcpCommand = "dcp";

    /// <summary>What ran between <paramref name="before"/> and <paramref name="after"/>.</summary>
    public static CpuUse Between(Reading before, Reading after, Configuration configuration, IReadOnlyList<int> postgres, IReadOnlyList<int> dcp)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        ArgumentNullException.ThrowIfNull(configuration);
        TimeSpan Used(IEnumerable<int> roots) => after.Table.OfTrees(roots) - before.Table.OfTrees(roots);
        return new CpuUse(
            after.At - before.At, after.Table.MachineBusy - before.Table.MachineBusy, after.Self - before.Self, Used(configuration.GatewayProcesses),
            [.. configuration.ServiceProcesses.Select(pid => Used([pid]))], Used(postgres),
            after.Table.OfTrees(dcp, DcpCommand) - before.Table.OfTrees(dcp, DcpCommand));
    }

    public CpuUse Add(CpuUse other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return new(Wall + other.Wall, Machine + other.Machine, LoadGenerator + other.LoadGenerator, Gateway + other.Gateway,
            [.. Replicas.Zip(other.Replicas, (a, b) => a + b)], Postgres + other.Postgres, Dcp + other.Dcp);
    }

    /// <summary>On average, how many cores <paramref name="used"/> kept busy.</summary>
    public double Cores(TimeSpan used) => Wall > TimeSpan.Zero ? used / Wall : double.NaN;

    /// <summary>The process table, this process's CPU time, and when.</summary>
    public sealed record Reading(ProcessTable Table, TimeSpan Self, TimeSpan At)
    {
        public static Reading Take(System.Diagnostics.Stopwatch clock)
        {
            ArgumentNullException.ThrowIfNull(clock);
            using var self = System.Diagnostics.Process.GetCurrentProcess();
            return new(ProcessTable.Read(), self.TotalProcessorTime, clock.Elapsed);
        }
    }
}
