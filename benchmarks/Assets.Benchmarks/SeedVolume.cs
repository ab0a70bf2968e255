namespace Assets.Benchmarks;

public sealed record SeedVolume(int Customers, int ObjectsPerCustomer, int Devices, int Tickets, int VideoSessions);

/// <summary>What was seeded, for the measurements to pick callers and filters.</summary>
public sealed record SeededData(Guid ProviderId, IReadOnlyList<Guid> CustomerIds, Guid SampleObjectId, Guid SampleDeviceId);
