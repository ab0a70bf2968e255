namespace Assets.Api.Model;

/// <summary>Assets' copy of a customer (from tenants' events), so that scoping never asks tenants.</summary>
public sealed class Customer
{
    public Guid Id { get; init; }
    public Guid ProviderId { get; set; }
    public required string Name { get; set; }
    public required string Slug { get; set; }
    public required string Type { get; set; }
    public Guid? DepartmentId { get; set; }
    public bool Independent { get; set; }
    public DateTimeOffset? ArchivedAt { get; set; }
}
