using System.Security.Claims;
using Identity.Api.Application;
using Identity.Api.Infrastructure;
using Identity.Api.Model;
using Identity.Api.Security;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Portal.Contracts.Security;

namespace Identity.Api.Apis;

/// <summary>
/// The provider's roles: the built-in ones and custom roles that provider administrators compose
/// from permissions ("start from Administrator and remove what they must not do").
/// </summary>
public static class RolesApi
{
    public static RouteGroupBuilder MapRolesApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/identity").WithTags("Roles").RequireAuthorization();
        api.MapGet("/permissions", () => TypedResults.Ok(Permissions.All)).WithName("ListPermissions")
            .WithSummary("The catalogue of permissions custom roles are composed from");
        api.MapGet("/roles", ListRoles).WithName("ListRoles").WithSummary("Built-in and custom provider roles with their permissions");
        api.MapPost("/roles", CreateRole).WithName("CreateRole").WithSummary("Compose a custom role from permissions the caller holds");
        api.MapDelete("/roles/{id:guid}", DeleteRole).ProducesProblem(StatusCodes.Status409Conflict).WithName("DeleteRole").WithSummary("Delete a custom role nobody holds");
        return api;
    }

    public static async Task<Results<Ok<RoleResponse[]>, ProblemHttpResult>> ListRoles(
        ClaimsPrincipal principal, IdentityDbContext db, CancellationToken cancellationToken)
    {
        if (await Caller.LoadAsync(principal, db, cancellationToken) is not { } caller)
        {
            return Problems.NotSignedIn();
        }

        if (!caller.IsProviderStaff)
        {
            return Problems.Forbidden(RoleProblems.ProviderRolesForStaff);
        }

        var custom = await db.CustomRoles.AsNoTracking()
            .Where(r => r.ProviderId == caller.Organization.Id)
            .OrderBy(r => r.Name)
            .Select(r => new RoleResponse(r.Id, r.Name, Roles.Custom, false, r.Permissions))
            .ToListAsync(cancellationToken);
        RoleResponse[] builtIn =
        [
            new(null, "Administrator", Roles.Administrator, true, RoleCatalog.ProviderAdministrator),
            new(null, "Department administrator", Roles.DepartmentAdministrator, true, RoleCatalog.DepartmentAdministrator),
            new(null, "Content creator", Roles.ContentCreator, true, RoleCatalog.ContentCreator),
        ];
        return TypedResults.Ok<RoleResponse[]>([.. builtIn, .. custom]);
    }

    public static async Task<Results<Created<RoleResponse>, ValidationProblem, ProblemHttpResult>> CreateRole(
        CreateRoleRequest request, ClaimsPrincipal principal, IdentityDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (await Caller.LoadAsync(principal, db, cancellationToken) is not { } caller)
        {
            return Problems.NotSignedIn();
        }

        if (!caller.IsProviderStaff || !caller.Has(Permissions.RolesManage))
        {
            return Problems.Forbidden(AccessProblems.ComposingRolesNeedsPermission.WithDetail(Permissions.RolesManage));
        }

        var validation = new Validation();
        var name = request.Name?.Trim() ?? "";
        if (name.Length is 0 or > CustomRole.NameMaxLength)
        {
            validation.Add("name", ValidationMessages.NameLength.Format(CustomRole.NameMaxLength));
        }

        var permissions = request.Permissions?.Distinct().ToList() ?? [];
        if (permissions.Except(Permissions.All).ToList() is { Count: > 0 } unknown)
        {
            validation.Add("permissions", RoleProblems.UnknownPermissions.Format(string.Join(", ", unknown)));
        }

        if (!validation.IsValid)
        {
            return validation.ToProblem();
        }

        if (GrantRules.Permissions(caller, permissions) is { } refusal)
        {
            return Problems.Forbidden(refusal);
        }

        var role = new CustomRole
        {
            Id = Guid.CreateVersion7(),
            ProviderId = caller.Organization.Id,
            Name = name,
            Permissions = permissions,
            CreatedAt = clock.GetUtcNow(),
        };
        db.CustomRoles.Add(role);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/api/identity/roles/{role.Id}", new RoleResponse(role.Id, role.Name, Roles.Custom, false, role.Permissions));
    }

    public static async Task<Results<NoContent, ProblemHttpResult>> DeleteRole(
        Guid id, ClaimsPrincipal principal, IdentityDbContext db, CancellationToken cancellationToken)
    {
        if (await Caller.LoadAsync(principal, db, cancellationToken) is not { } caller)
        {
            return Problems.NotSignedIn();
        }

        var role = await db.CustomRoles.SingleOrDefaultAsync(r => r.Id == id && r.ProviderId == caller.Organization.Id, cancellationToken);
        if (role is null || !caller.IsProviderStaff)
        {
            return Problems.NotFound();
        }

        if (!caller.Has(Permissions.RolesManage))
        {
            return Problems.Forbidden(AccessProblems.DeletingRolesNeedsPermission.WithDetail(Permissions.RolesManage));
        }

        if (await db.Users.AnyAsync(u => u.CustomRoleId == id, cancellationToken))
        {
            return Problems.Conflict(RoleProblems.InUse);
        }

        db.CustomRoles.Remove(role);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.NoContent();
    }
}
