namespace Assets.Api.Tests.Infrastructure;

/// <summary>The ids of one customer's seeded data (<see cref="World.SeedAsync"/>).</summary>
public sealed record Seeded(TestCustomer Customer, Guid ObjectId, Guid DeviceId, string Code, Guid TicketId, Guid VideoSessionId);
