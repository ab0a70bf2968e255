namespace Assets.Api.Model;

/// <summary>Assets' copy of a provider department (from tenants' events): objects belong to one.</summary>
public sealed class Department
{
    public Guid Id { get; init; }
    public Guid ProviderId { get; set; }
    public required string Name { get; set; }
    public DateTimeOffset? ArchivedAt { get; set; }
}
