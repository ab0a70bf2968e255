namespace Tenants.Api.Model;

/// <summary>An organization: the provider that runs Portal, or one of its customers.</summary>
public sealed class Organization
{
    public Guid Id { get; init; }
    public OrganizationKind Kind { get; init; }
    public required string Name { get; set; }
    public DateTimeOffset CreatedAt { get; init; }
}
