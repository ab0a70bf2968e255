using Assets.Api.Model;

namespace Assets.Api.Apis.Templates;

/// <summary>A ticket template (title, description, priority) or a checklist (items).</summary>
public sealed record SaveTemplateRequest(string? Name, string? Kind, string? Title, string? Description, string? Priority, IReadOnlyList<string>? Items);

public sealed record TemplateResponse(
    Guid Id, string Name, string Kind, string? Title, string? Description, string? Priority, IReadOnlyList<string> Items, DateTimeOffset UpdatedAt)
{
    public static TemplateResponse From(Template t) => new(t.Id, t.Name, t.Kind, t.Title, t.Description, t.Priority, t.Items, t.UpdatedAt);
}
