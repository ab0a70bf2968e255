namespace Assets.Api.Model;

/// <summary>
/// Something that belongs to one provider's customer at one object: what every scope filter looks at
/// (the provider for staff who see all of its customers, else the customer, then the object).
/// </summary>
public interface IScopedAsset : ICustomerOwned
{
    Guid ProviderId { get; }

    Guid ObjectId { get; }
}
