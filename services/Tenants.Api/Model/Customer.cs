namespace Tenants.Api.Model;

/// <summary>A customer organization of the provider: managed by it, or independent (administers itself).</summary>
public sealed class Customer
{
    public const int NameMaxLength = 200;

    public Guid Id { get; init; }
    public Guid ProviderId { get; init; }
    public required string Name { get; set; }

    /// <summary>The customer's sub-domain (<c>&lt;slug&gt;.&lt;portal host&gt;</c>); unique across the platform.</summary>
    public required string Slug { get; set; }

    public CustomerType Type { get; set; }
    public Guid? DepartmentId { get; set; }
    public bool Independent { get; set; }
    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset? ArchivedAt { get; set; }

    /// <summary>PostgreSQL's xmin: two concurrent changes of one customer cannot both win.</summary>
    public uint Version { get; set; }

    public bool IsArchived => ArchivedAt is not null;
}
