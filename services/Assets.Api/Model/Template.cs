namespace Assets.Api.Model;

/// <summary>A provider's ticket template or checklist; customers never see templates.</summary>
public sealed class Template
{
    public const int NameMaxLength = 200;
    public const int TextMaxLength = 8000;
    public const int MaxItems = 100;

    public Guid Id { get; init; }
    public Guid ProviderId { get; init; }
    public required string Name { get; set; }
    public required string Kind { get; set; }
    public string? Title { get; set; }
    public string? Description { get; set; }
    public string? Priority { get; set; }
    public List<string> Items { get; set; } = [];
    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset UpdatedAt { get; set; }
    public DateTimeOffset? ArchivedAt { get; set; }
}
