namespace Identity.Api.Model;

/// <summary>Identity's copy of a provider's department, which department administrators are limited to.</summary>
public sealed class Department
{
    public Guid Id { get; init; }
    public Guid ProviderId { get; init; }
    public required string Name { get; set; }
    public DateTimeOffset? ArchivedAt { get; set; }
}
