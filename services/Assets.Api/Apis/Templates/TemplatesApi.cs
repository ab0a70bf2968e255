using System.Security.Claims;
using Assets.Api.Apis.Common;
using Assets.Api.Infrastructure;
using Assets.Api.Model;
using Assets.Api.Scoping;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Portal.Contracts.Security;
using Portal.ServiceDefaults.Security;

namespace Assets.Api.Apis.Templates;

/// <summary>Templates are the provider's own working material: customers get 403 on every route.</summary>
public static class TemplatesApi
{
    public static RouteGroupBuilder MapTemplatesApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/assets/templates").WithTags("Templates").RequireAuthorization().RequireStaffAccess();

        api.MapGet("/", ListTemplates).WithName("ListTemplates").WithSummary("The provider's templates by name");
        api.MapGet("/{id:guid}", GetTemplate).WithName("GetTemplate").WithSummary("One template");
        api.MapPost("/", CreateTemplate).WithName("CreateTemplate").WithSummary("Create a ticket template or checklist")
            .RequireStaffAccess(Permissions.TemplatesManage);
        api.MapPut("/{id:guid}", ReplaceTemplate).WithName("ReplaceTemplate").WithSummary("Change a template")
            .RequireStaffAccess(Permissions.TemplatesManage);
        api.MapPost("/{id:guid}/archive", ArchiveTemplate).WithName("ArchiveTemplate").WithSummary("Archive a template")
            .RequireStaffAccess(Permissions.TemplatesManage);
        return api;
    }

    public static async Task<Ok<TemplateResponse[]>> ListTemplates(ClaimsPrincipal user, AssetsDbContext db, CancellationToken cancellationToken)
    {
        var providerId = user.GetOrganizationId();
        var templates = await db.Templates.AsNoTracking()
            .Where(t => t.ProviderId == providerId && t.ArchivedAt == null)
            .OrderBy(t => t.Name).ThenBy(t => t.Id)
            .ToListAsync(cancellationToken);
        return TypedResults.Ok(templates.Select(TemplateResponse.From).ToArray());
    }

    public static async Task<Results<Ok<TemplateResponse>, ProblemHttpResult>> GetTemplate(
        Guid id, ClaimsPrincipal user, AssetsDbContext db, CancellationToken cancellationToken)
    {
        var providerId = user.GetOrganizationId();
        var template = await db.Templates.AsNoTracking().FirstOrDefaultAsync(t => t.Id == id && t.ProviderId == providerId, cancellationToken);
        return template is null ? Problems.NotFound(NotFoundProblems.Template) : TypedResults.Ok(TemplateResponse.From(template));
    }

    public static async Task<Results<Created<TemplateResponse>, ValidationProblem>> CreateTemplate(
        SaveTemplateRequest request, CallerScope scope, AssetsDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var template = new Template { Id = Guid.CreateVersion7(now), ProviderId = scope.OrganizationId, Name = "", Kind = "", CreatedAt = now };
        var errors = Apply(request, template, now);
        if (errors.Any)
        {
            return errors.ToProblem();
        }

        db.Templates.Add(template);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/api/assets/templates/{template.Id}", TemplateResponse.From(template));
    }

    public static async Task<Results<Ok<TemplateResponse>, ValidationProblem, ProblemHttpResult>> ReplaceTemplate(
        Guid id, SaveTemplateRequest request, CallerScope scope, AssetsDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var template = await db.Templates.FirstOrDefaultAsync(t => t.Id == id && t.ProviderId == scope.OrganizationId && t.ArchivedAt == null, cancellationToken);
        if (template is null)
        {
            return Problems.NotFound(NotFoundProblems.Template);
        }

        var errors = Apply(request, template, clock.GetUtcNow());
        if (errors.Any)
        {
            return errors.ToProblem();
        }

        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(TemplateResponse.From(template));
    }

    public static async Task<Results<NoContent, ProblemHttpResult>> ArchiveTemplate(
        Guid id, CallerScope scope, AssetsDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var template = await db.Templates.FirstOrDefaultAsync(t => t.Id == id && t.ProviderId == scope.OrganizationId && t.ArchivedAt == null, cancellationToken);
        if (template is null)
        {
            return Problems.NotFound(NotFoundProblems.Template);
        }

        template.ArchivedAt = clock.GetUtcNow();
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.NoContent();
    }

    private static ValidationErrors Apply(SaveTemplateRequest request, Template template, DateTimeOffset now)
    {
        var errors = new ValidationErrors();
        var name = errors.RequiredText("name", request.Name, Template.NameMaxLength);
        var kind = errors.OneOf("kind", request.Kind, TemplateKinds.All, required: true);
        var title = errors.OptionalText("title", request.Title, Ticket.TitleMaxLength);
        var description = errors.OptionalText("description", request.Description, Template.TextMaxLength);
        var priority = errors.OneOf("priority", request.Priority, TicketPriorities.All);
        var items = (request.Items ?? []).Select(i => i?.Trim() ?? "").ToList();
        if (items.Count > Template.MaxItems || items.Any(i => i.Length is 0 or > 500))
        {
            errors.Add("items", TemplateProblems.ItemsInvalid.Format(Template.MaxItems));
        }

        if (kind == TemplateKinds.Checklist && items.Count == 0)
        {
            errors.Add("items", TemplateProblems.ChecklistWithoutItems);
        }

        template.Name = name;
        template.Kind = kind ?? "";
        template.Title = title;
        template.Description = description;
        template.Priority = priority;
        template.Items = items;
        template.UpdatedAt = now;
        return errors;
    }
}
