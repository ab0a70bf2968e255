using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Portal.Contracts.Organizations;
using Portal.Contracts.Security;
using Portal.ServiceDefaults.Errors;
using Portal.ServiceDefaults.Messaging;
using Portal.ServiceDefaults.Security;
using Tenants.Api.Infrastructure;
using Tenants.Api.Infrastructure.EntityConfigurations;
using Tenants.Api.Model;

namespace Tenants.Api.Apis;

public static partial class DepartmentsApi
{
    public static RouteGroupBuilder MapDepartmentsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/tenants/departments")
            .WithTags("Departments")
            .RequireProviderStaff();

        api.MapGet("/", ListDepartments)
            .WithName("ListDepartments")
            .WithSummary("The provider's departments, by name");

        api.MapPost("/", CreateDepartment).ProducesProblem(StatusCodes.Status409Conflict)
            .WithName("CreateDepartment")
            .WithSummary("Create a department of the provider")
            .RequirePermission(Permissions.DepartmentsManage);

        api.MapPatch("/{id:guid}", RenameDepartment).ProducesProblem(StatusCodes.Status409Conflict)
            .WithName("RenameDepartment")
            .WithSummary("Rename a department of the provider")
            .RequirePermission(Permissions.DepartmentsManage);

        api.MapPut("/{id:guid}", RenameDepartment).ProducesProblem(StatusCodes.Status409Conflict)
            .WithName("ReplaceDepartment")
            .WithSummary("Rename a department of the provider (its name is all there is to replace)")
            .RequirePermission(Permissions.DepartmentsManage);

        api.MapPost("/{id:guid}/archive", ArchiveDepartment)
            .WithName("ArchiveDepartment")
            .WithSummary("Archive a department: no longer listed or assignable to customers; its name is free again")
            .RequirePermission(Permissions.DepartmentsManage);

        return api;
    }

    public static async Task<Ok<DepartmentResponse[]>> ListDepartments(
        ClaimsPrincipal user, CustomerVisibility visibility, TenantsDbContext db, CancellationToken cancellationToken)
    {
        var providerId = user.GetOrganizationId();
        var departments = db.Departments.Where(d => d.ProviderId == providerId && d.ArchivedAt == null);

        // Department administrators are limited to their departments; staff of whom nothing is known see none.
        var scope = await visibility.StaffScopeAsync(user, cancellationToken);
        if (!scope.Active)
        {
            departments = departments.Where(d => false);
        }
        else if (scope.DepartmentIds.Count > 0)
        {
            var own = scope.DepartmentIds;
            departments = departments.Where(d => own.Contains(d.Id));
        }

        var listed = await departments
            .OrderBy(d => d.NormalizedName)
            .Select(d => new DepartmentResponse(d.Id, d.Name, d.CreatedAt))
            .ToArrayAsync(cancellationToken);
        return TypedResults.Ok(listed);
    }

    public static async Task<Results<Created<DepartmentResponse>, ValidationProblem, NotFound, ProblemHttpResult>> CreateDepartment(
        CreateDepartmentRequest request, ClaimsPrincipal user, TenantsDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var name = request.Name?.Trim() ?? "";
        if (name.Length is 0 or > Department.NameMaxLength)
        {
            return Problems.Invalid("name", DepartmentProblems.NameInvalid.Format(Department.NameMaxLength));
        }

        // The caller's token names their organization; only that provider's departments are touched.
        var providerId = user.GetOrganizationId();
        if (!await db.Organizations.AnyAsync(o => o.Id == providerId && o.Kind == OrganizationKind.Provider, cancellationToken))
        {
            return TypedResults.NotFound();
        }

        var department = new Department
        {
            Id = Guid.CreateVersion7(),
            ProviderId = providerId!.Value,
            Name = name,
            NormalizedName = Department.Normalize(name),
            CreatedAt = clock.GetUtcNow(),
        };
        db.Departments.Add(department);
        db.AddIntegrationEvent(new DepartmentCreated(department.Id, department.ProviderId, department.Name), clock);

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException ex) when (ex.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation, ConstraintName: DepartmentConfiguration.UniqueNameIndex })
        {
            // The detail names the department; the field's words stay short, as on rename.
            var nameTaken = FieldErrors.Of("name", DepartmentProblems.NameTakenField);
            return PortalProblems.Of(
                StatusCodes.Status409Conflict,
                DepartmentProblems.NameTakenByName.WithDetail(name),
                extensions: new Dictionary<string, object?> { ["errors"] = nameTaken.Messages(), [PortalProblems.ErrorCodesMember] = nameTaken.Codes() });
        }

        var response = new DepartmentResponse(department.Id, department.Name, department.CreatedAt);
        return TypedResults.Created($"/api/tenants/departments/{department.Id}", response);
    }
}
