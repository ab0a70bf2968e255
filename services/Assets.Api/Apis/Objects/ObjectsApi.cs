using Assets.Api.Apis.Common;
using Assets.Api.Infrastructure;
using Assets.Api.Model;
using Assets.Api.Scoping;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Portal.Contracts.Assets;
using Portal.Contracts.Identity;
using Portal.Contracts.Security;
using Portal.ServiceDefaults.Errors;
using Portal.ServiceDefaults.Messaging;
using Portal.ServiceDefaults.Text;

namespace Assets.Api.Apis.Objects;

public static class ObjectsApi
{
    private static readonly string[] SortKeys = ["name", "createdAt"];

    public static RouteGroupBuilder MapObjectsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/assets/objects").WithTags("Objects").RequireAuthorization();

        api.MapGet("/", ListObjects).WithName("ListObjects").WithSummary("The objects (sites) the caller may see")
            .RequireAccess(ReadAccess.Objects);
        api.MapGet("/{id:guid}", GetObject).WithName("GetObject").WithSummary("One object")
            .RequireAccess(ReadAccess.Objects);
        api.MapPost("/", CreateObject).ProducesProblem(StatusCodes.Status404NotFound).WithName("CreateObject").WithSummary("Create an object of a customer")
            .RequireAccess(Permissions.ObjectsManage, PortalAreas.Objects);
        api.MapPatch("/{id:guid}", UpdateObject).WithName("UpdateObject").WithSummary("Rename, move to another department, change the address")
            .RequireAccess(Permissions.ObjectsManage, PortalAreas.Objects);
        api.MapPost("/{id:guid}/archive", ArchiveObject).WithName("ArchiveObject").WithSummary("Archive an object without live devices")
            .RequireAccess(Permissions.ObjectsManage, PortalAreas.Objects);
        return api;
    }

    public static async Task<Results<Ok<PagedResponse<ObjectResponse>>, ValidationProblem>> ListObjects(
        [AsParameters] ObjectListParameters parameters, CallerScope scope, AssetsDbContext db, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        var list = ListQuery.Parse(parameters.Page, parameters.PageSize, parameters.Sort, parameters.Text, SortKeys, defaultDescending: false, errors);
        var archived = parameters.Archived is "true";
        var customerId = errors.OptionalGuid("customerId", parameters.CustomerId);
        var departmentId = errors.OptionalGuid("departmentId", parameters.DepartmentId);
        errors.OptionalBoolean("archived", parameters.Archived);

        if (errors.Any)
        {
            return errors.ToProblem();
        }

        var query = db.Objects.AsNoTracking().VisibleTo(scope).Where(o => (o.ArchivedAt != null) == archived);
        if (customerId is not null)
        {
            query = query.Where(o => o.CustomerId == customerId);
        }

        if (departmentId is not null)
        {
            query = query.Where(o => o.DepartmentId == departmentId);
        }

        if (list.TextPattern is { } pattern)
        {
            query = query.Where(o => EF.Functions.ILike(o.Name, pattern, LikePattern.EscapeCharacter) || (o.Address != null && EF.Functions.ILike(o.Address, pattern, LikePattern.EscapeCharacter)));
        }

        // A provider's objects and video sessions number thousands, not millions: counted exactly.
        var total = await ListTotal.CountAsync(query, cancellationToken);
        var ordered = list.SortKey switch
        {
            "createdAt" => list.Descending ? query.OrderByDescending(o => o.CreatedAt) : query.OrderBy(o => o.CreatedAt),
            _ => list.Descending ? query.OrderByDescending(o => o.Name) : query.OrderBy(o => o.Name),
        };
        var items = await ordered.ThenBy(o => o.Id).Skip(list.Skip).Take(list.PageSize).ToListAsync(cancellationToken);
        return TypedResults.Ok(new PagedResponse<ObjectResponse>(list.Page, list.PageSize, total, items.Select(ObjectResponse.From).ToList()));
    }

    public static async Task<Results<Ok<ObjectResponse>, ProblemHttpResult>> GetObject(
        Guid id, CallerScope scope, AssetsDbContext db, CancellationToken cancellationToken)
    {
        var site = await db.Objects.AsNoTracking().VisibleTo(scope).FirstOrDefaultAsync(o => o.Id == id, cancellationToken);
        return site is null ? Problems.NotFound(NotFoundProblems.Site) : TypedResults.Ok(ObjectResponse.From(site));
    }

    public static async Task<Results<Created<ObjectResponse>, ValidationProblem, ProblemHttpResult>> CreateObject(
        CreateObjectRequest request, CallerScope scope, AssetsDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        var name = errors.RequiredText("name", request.Name, Site.NameMaxLength);
        var address = errors.OptionalText("address", request.Address, Site.AddressMaxLength);
        // Customer users create objects of their own organization; staff name the customer.
        var customerId = request.CustomerId ?? (scope.IsProviderStaff ? null : scope.OrganizationId);
        if (customerId is null)
        {
            errors.Add("customerId", CommonFieldMessages.Required);
        }

        if (errors.Any)
        {
            return errors.ToProblem();
        }

        // A user restricted to objects cannot add objects they would not see.
        var customer = scope.SeesCustomer(customerId!.Value) && scope.ObjectIds is null
            ? await db.Customers.FirstOrDefaultAsync(c => c.Id == customerId && c.ArchivedAt == null, cancellationToken)
            : null;
        if (customer is null)
        {
            return Problems.NotFound(NotFoundProblems.Customer);
        }

        var departmentId = request.DepartmentId ?? customer.DepartmentId;
        if (departmentId is not null && !await DepartmentExistsAsync(db, departmentId.Value, customer.ProviderId, cancellationToken))
        {
            return Problems.Invalid("departmentId", AssetsFieldMessages.DepartmentNotFound);
        }

        var site = new Site
        {
            Id = Guid.CreateVersion7(),
            ProviderId = customer.ProviderId,
            CustomerId = customer.Id,
            DepartmentId = departmentId,
            Name = name,
            Address = address,
            CreatedAt = clock.GetUtcNow(),
        };
        db.Objects.Add(site);
        db.AddIntegrationEvent(new ObjectCreated(site.Id, site.CustomerId, site.ProviderId, site.DepartmentId, site.Name, site.Address), clock);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/api/assets/objects/{site.Id}", ObjectResponse.From(site));
    }

    public static async Task<Results<Ok<ObjectResponse>, ValidationProblem, ProblemHttpResult>> UpdateObject(
        Guid id, UpdateObjectRequest request, CallerScope scope, AssetsDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var site = await db.Objects.VisibleTo(scope).FirstOrDefaultAsync(o => o.Id == id && o.ArchivedAt == null, cancellationToken);
        if (site is null)
        {
            return Problems.NotFound(NotFoundProblems.Site);
        }

        var errors = new ValidationErrors();
        var name = request.Name is null ? site.Name : errors.RequiredText("name", request.Name, Site.NameMaxLength);
        var address = request.Address is null ? site.Address : errors.OptionalText("address", request.Address, Site.AddressMaxLength);
        if (request.DepartmentId is { } departmentId && !await DepartmentExistsAsync(db, departmentId, site.ProviderId, cancellationToken))
        {
            errors.Add("departmentId", AssetsFieldMessages.DepartmentNotFound);
        }

        if (errors.Any)
        {
            return errors.ToProblem();
        }

        site.Name = name;
        site.Address = address;
        site.DepartmentId = request.DepartmentId ?? site.DepartmentId;
        db.AddIntegrationEvent(new ObjectUpdated(site.Id, site.CustomerId, site.ProviderId, site.DepartmentId, site.Name, site.Address), clock);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(ObjectResponse.From(site));
    }

    public static async Task<Results<Ok<ObjectResponse>, ProblemHttpResult>> ArchiveObject(
        Guid id, CallerScope scope, AssetsDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var site = await db.Objects.VisibleTo(scope).FirstOrDefaultAsync(o => o.Id == id, cancellationToken);
        if (site is null)
        {
            return Problems.NotFound(NotFoundProblems.Site);
        }

        if (site.ArchivedAt is not null)
        {
            return Problems.Conflict(ObjectProblems.ArchivedAlready);
        }

        if (await db.Devices.AnyAsync(d => d.ObjectId == id && d.ArchivedAt == null, cancellationToken))
        {
            return Problems.Conflict(ObjectProblems.HasDevices);
        }

        site.ArchivedAt = clock.GetUtcNow();
        db.AddIntegrationEvent(new ObjectArchived(site.Id, site.CustomerId, site.ProviderId), clock);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(ObjectResponse.From(site));
    }

    private static Task<bool> DepartmentExistsAsync(AssetsDbContext db, Guid departmentId, Guid providerId, CancellationToken cancellationToken) =>
        db.Departments.AnyAsync(d => d.Id == departmentId && d.ProviderId == providerId && d.ArchivedAt == null, cancellationToken);
}
