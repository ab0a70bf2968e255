namespace Assets.Api.Model.Counters;

/// <summary>
/// A figure PostgreSQL keeps for a whole provider, beside the per-customer ones (<see cref="ICustomerCounter"/>), by the
/// same kind of trigger: staff who see every customer read a few rows however many customers the provider has.
/// </summary>
public interface IProviderCounter
{
    Guid ProviderId { get; }

    /// <summary>How many of the provider's live tickets the row stands for.</summary>
    int Count { get; }
}
