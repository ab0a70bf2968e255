namespace Assets.Api.Model;

/// <summary>Something that belongs to one customer: what the scope's customer filter looks at.</summary>
public interface ICustomerOwned
{
    Guid CustomerId { get; }
}
