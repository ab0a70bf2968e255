namespace Assets.Benchmarks;

/// <summary>How much one provider has, grown in proportion: per 4,000 tickets one customer with 10 objects, 400 devices and 100 video sessions.</summary>
public sealed record SeedVolume(int Customers, int ObjectsPerCustomer, int Devices, int Tickets, int VideoSessions)
{
    public static SeedVolume ForTickets(int tickets) =>
        new(Customers: Math.Max(1, tickets / 4_000), ObjectsPerCustomer: 10, Devices: tickets / 10, Tickets: tickets, VideoSessions: tickets / 40);
}

/// <summary>What was seeded, for the measurements to pick callers and filters, and how long the bulk load took.</summary>
public sealed record SeededData(
    SeedVolume Volume, Guid ProviderId, IReadOnlyList<Guid> CustomerIds, Guid CustomerUserId, Guid StaffUserId, Guid SampleObjectId, Guid SampleDeviceId, TimeSpan LoadTime, TimeSpan CounterRebuildTime);
