namespace Assets.Api.Model;

/// <summary>
/// An object in the product's words: a customer's site or location. Called Site in code because
/// "Object" is taken by the language; the API and the tables say "objects".
/// </summary>
public sealed class Site : IScopedAsset
{
    public const int NameMaxLength = 200;
    public const int AddressMaxLength = 500;

    public Guid Id { get; init; }
    public Guid ProviderId { get; init; }
    public Guid CustomerId { get; init; }
    public Guid? DepartmentId { get; set; }
    public required string Name { get; set; }
    public string? Address { get; set; }
    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset? ArchivedAt { get; set; }

    Guid IScopedAsset.ObjectId => Id;
}
