namespace Assets.Api.Model.Counters;

/// <summary>How many live (not archived) devices a customer has in one status.</summary>
public sealed class DeviceCount : ICustomerCounter
{
    public Guid CustomerId { get; init; }
    public required string Status { get; init; }
    public int Count { get; init; }
}
