using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Portal.Contracts.Organizations;
using Portal.ServiceDefaults.Messaging;
using Portal.ServiceDefaults.Security;
using Tenants.Api.Infrastructure;
using Tenants.Api.Infrastructure.EntityConfigurations;
using Tenants.Api.Model;

namespace Tenants.Api.Apis;

public static partial class DepartmentsApi
{
    public static async Task<Results<Ok<DepartmentResponse>, ValidationProblem, NotFound, ProblemHttpResult>> RenameDepartment(
        Guid id, RenameDepartmentRequest request, ClaimsPrincipal user, TenantsDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var name = request.Name?.Trim() ?? "";
        if (name.Length is 0 or > Department.NameMaxLength)
        {
            return Problems.Invalid("name", DepartmentProblems.NameInvalid.Format(Department.NameMaxLength));
        }

        var providerId = user.GetOrganizationId();
        var department = await db.Departments.FirstOrDefaultAsync(d => d.Id == id && d.ProviderId == providerId && d.ArchivedAt == null, cancellationToken);
        if (department is null)
        {
            return TypedResults.NotFound();
        }

        if (name == department.Name)
        {
            return TypedResults.Ok(ToResponse(department));
        }

        department.Name = name;
        department.NormalizedName = Department.Normalize(name);
        db.AddIntegrationEvent(new DepartmentRenamed(department.Id, department.ProviderId, department.Name), clock);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException ex) when (ex.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation, ConstraintName: DepartmentConfiguration.UniqueNameIndex })
        {
            return Problems.Conflict(DepartmentProblems.NameTaken, "name");
        }

        return TypedResults.Ok(ToResponse(department));
    }

    /// <summary>Archiving twice is not an error, and not a second event either.</summary>
    public static async Task<Results<NoContent, NotFound>> ArchiveDepartment(
        Guid id, ClaimsPrincipal user, TenantsDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var providerId = user.GetOrganizationId();
        var department = await db.Departments.FirstOrDefaultAsync(d => d.Id == id && d.ProviderId == providerId, cancellationToken);
        if (department is null)
        {
            return TypedResults.NotFound();
        }

        if (department.ArchivedAt is null)
        {
            department.ArchivedAt = clock.GetUtcNow();
            db.AddIntegrationEvent(new DepartmentArchived(department.Id, department.ProviderId), clock);
            await db.SaveChangesAsync(cancellationToken);
        }

        return TypedResults.NoContent();
    }

    private static DepartmentResponse ToResponse(Department department) => new(department.Id, department.Name, department.CreatedAt);
}
