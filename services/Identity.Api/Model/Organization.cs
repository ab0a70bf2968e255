namespace Identity.Api.Model;

/// <summary>Identity's copy of an organization (from tenants' events): users belong to one.</summary>
public sealed class Organization
{
    public Guid Id { get; init; }
    public required string Kind { get; set; }
    public required string Name { get; set; }
}
