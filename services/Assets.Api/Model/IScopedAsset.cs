namespace Assets.Api.Model;

/// <summary>Something that belongs to one customer at one object: what every scope filter looks at.</summary>
public interface IScopedAsset : ICustomerOwned
{
    Guid ObjectId { get; }
}
