namespace Portal.Web.Api;

/// <summary>A ticket template (kind "ticket": title, description, priority) or a checklist (kind "checklist": items).</summary>
public sealed record TemplateDto(
    Guid Id, string Name, string Kind, string? Title, string? Description, string? Priority, IReadOnlyList<string> Items, DateTimeOffset UpdatedAt);

public sealed record SaveTemplateDto(string Name, string Kind, string? Title, string? Description, string? Priority, IReadOnlyList<string> Items);
