namespace Identity.Api.Model;

/// <summary>A provider role composed by a provider administrator from individual permissions.</summary>
public sealed class CustomRole
{
    public const int NameMaxLength = 100;

    public Guid Id { get; init; }
    public Guid ProviderId { get; init; }
    public required string Name { get; set; }
    public List<string> Permissions { get; set; } = [];
    public DateTimeOffset CreatedAt { get; init; }
}
