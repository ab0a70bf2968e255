using Assets.Api.Model;
using Portal.ServiceDefaults.OpenApi;

namespace Assets.Api.Apis.Templates;

/// <summary>A ticket template (title, description, priority) or a checklist (items).</summary>
public sealed record SaveTemplateRequest(string? Name, [property: OneOf(typeof(TemplateKinds))] string? Kind, string? Title, string? Description, [property: OneOf(typeof(TicketPriorities))] string? Priority, IReadOnlyList<string>? Items);

public sealed record TemplateResponse(
    Guid Id, string Name, [property: OneOf(typeof(TemplateKinds))] string Kind, string? Title, string? Description, [property: OneOf(typeof(TicketPriorities))] string? Priority, IReadOnlyList<string> Items, DateTimeOffset UpdatedAt)
{
    public static TemplateResponse From(Template t) => new(t.Id, t.Name, t.Kind, t.Title, t.Description, t.Priority, t.Items, t.UpdatedAt);
}
