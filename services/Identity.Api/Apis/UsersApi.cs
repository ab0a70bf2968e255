using System.Security.Claims;
using Identity.Api.Application;
using Identity.Api.Model;
using Identity.Api.Security;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Portal.Contracts.Identity;
using Portal.Contracts.Security;
using Portal.ServiceDefaults.Security;
using Portal.ServiceDefaults.Messaging;

namespace Identity.Api.Apis;

/// <summary>
/// Team management (API.md, "Users of an organization"): customer administrators for their own
/// employees, provider staff for their own colleagues and for the customers they may work on.
/// </summary>
public static class UsersApi
{
    public static RouteGroupBuilder MapUsersApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/identity").WithTags("Users").RequireAuthorization();

        api.MapGet("/organizations/{organizationId:guid}/users", ListUsers).WithName("ListUsers")
            .WithSummary("The users of an organization the caller administers");
        api.MapPost("/organizations/{organizationId:guid}/users", CreateUser).ProducesProblem(StatusCodes.Status409Conflict).WithName("CreateUser")
            .WithSummary("Create a user without a password: invited, or an employee without access");
        api.MapPatch("/users/{id:guid}", UpdateUser).ProducesProblem(StatusCodes.Status409Conflict).WithName("UpdateUser")
            .WithSummary("Change role, account name, portal areas, objects, accessible accounts or departments");
        api.MapPost("/users/{id:guid}/deactivate", Deactivate).ProducesProblem(StatusCodes.Status409Conflict).WithName("DeactivateUser").WithSummary("The user can no longer sign in");
        api.MapPost("/users/{id:guid}/reactivate", Reactivate).ProducesProblem(StatusCodes.Status409Conflict).WithName("ReactivateUser").WithSummary("The user can sign in again");
        api.MapPost("/users/{id:guid}/password-link", SendPasswordLink).ProducesProblem(StatusCodes.Status409Conflict).WithName("SendPasswordLink")
            .WithSummary("Send a user without access a link to set their password");
        api.MapDelete("/users/{id:guid}", DeleteUser).ProducesProblem(StatusCodes.Status409Conflict).WithName("DeleteUser").WithSummary("Delete the account");
        return api;
    }

    public static async Task<Results<Ok<UserResponse[]>, ProblemHttpResult>> ListUsers(
        Guid organizationId, ClaimsPrincipal principal, [AsParameters] UserServices services, CancellationToken cancellationToken)
    {
        if (await Caller.LoadAsync(principal, services.Db, cancellationToken) is not { } caller)
        {
            return Problems.NotSignedIn();
        }

        var organization = await services.Db.Organizations.AsNoTracking().SingleOrDefaultAsync(o => o.Id == organizationId, cancellationToken);
        var decision = OrganizationAccess.ToAdministerUsers(caller, organization, readOnly: true);
        if (!decision.IsAllowed)
        {
            return decision.ToProblem();
        }

        var now = services.Clock.GetUtcNow();
        var users = await services.Db.Users.AsNoTracking()
            .Where(u => u.OrganizationId == organizationId)
            .OrderBy(u => u.LastName).ThenBy(u => u.FirstName).ThenBy(u => u.Email)
            .ToListAsync(cancellationToken);
        var invited = await services.Db.Invitations.AsNoTracking()
            .Where(i => i.OrganizationId == organizationId && i.AcceptedAt == null && i.ExpiresAt > now
                && (i.Purpose == InvitationPurpose.Invitation || i.Purpose == InvitationPurpose.SetPassword))
            .Select(i => i.UserId)
            .ToListAsync(cancellationToken);
        return TypedResults.Ok(users.Select(u => UserStateReader.ToResponse(u, organization!.Kind, invited.Contains(u.Id))).ToArray());
    }

    public static async Task<Results<Created<UserResponse>, ValidationProblem, ProblemHttpResult>> CreateUser(
        Guid organizationId, CreateUserRequest request, ClaimsPrincipal principal, [AsParameters] UserServices services, AuditLog audit, CancellationToken cancellationToken)
    {
        if (await Caller.LoadAsync(principal, services.Db, cancellationToken) is not { } caller)
        {
            return Problems.NotSignedIn();
        }

        var organization = await services.Db.Organizations.AsNoTracking().SingleOrDefaultAsync(o => o.Id == organizationId, cancellationToken);
        var decision = OrganizationAccess.ToAdministerUsers(caller, organization);
        if (!decision.IsAllowed)
        {
            return decision.ToProblem();
        }

        var validation = new Validation()
            .Name("firstName", request.FirstName).Name("lastName", request.LastName)
            .Email("email", request.Email).Language("language", request.Language)
            .PortalAreas("portalAreas", request.PortalAreas).EmailCategories("emailCategories", request.EmailCategories);
        if (!RoleCatalog.IsValidRole(organization!.Kind, request.Role))
        {
            validation.Add("role", ValidationMessages.RoleNotOneOf.Format(string.Join(", ", organization.Kind == OrganizationKinds.Provider ? Roles.ProviderRoles : Roles.CustomerRoles)));
        }

        var customRole = await CustomRoleOf(services, organization, request.Role, request.CustomRoleId, validation, cancellationToken);
        if (organization.Kind == OrganizationKinds.Customer)
        {
            await ScopeReferences.CheckObjectsAsync(organization.Id, request.ObjectIds, [], services, validation, cancellationToken);
        }

        if (!validation.IsValid)
        {
            return validation.ToProblem();
        }

        var user = UserCreation.NewUser(organization.Id, request.FirstName!, request.LastName!, request.Email!, request.Language!, request.Role!, services.Clock.GetUtcNow());
        user.CustomRoleId = customRole?.Id;
        if (organization.Kind == OrganizationKinds.Provider)
        {
            // A new colleague starts with the creator's reach at most.
            user.AllCustomers = caller.User.AllCustomers && caller.User.Role != Roles.DepartmentAdministrator;
            user.CustomerIds = user.AllCustomers ? [] : [.. caller.User.CustomerIds];
            user.DepartmentIds = caller.User.Role == Roles.DepartmentAdministrator ? [.. caller.User.DepartmentIds] : [];
        }
        else
        {
            user.PortalAreas = [.. request.PortalAreas ?? RoleCatalog.DefaultPortalAreas(user.Role).Where(a => caller.IsProviderStaff || caller.User.PortalAreas.Contains(a))];
            user.ObjectIds = [.. request.ObjectIds ?? (caller.IsProviderStaff ? [] : caller.User.ObjectIds)];
        }

        var refusal = GrantRules.Role(caller, organization.Kind, user.Role, customRole)
            ?? GrantRules.CustomerScope(caller, user.PortalAreas, user.ObjectIds);
        if (refusal is not null)
        {
            return Problems.Forbidden(refusal);
        }

        if (request.SendInvitation)
        {
            services.Links.Invite(services.Db, user, createdByProvider: caller.IsProviderStaff);
        }

        if (organization.Kind == OrganizationKinds.Customer && request.EmailCategories is { } categories && EmailCategoryChoice.Changes(user, categories))
        {
            EmailCategoryChoice.Choose(services.Db, user, categories, services.Clock);
        }

        services.AccessEvents.Publish(services.Db, user, organization.Kind, RoleCatalog.PermissionsOf(organization.Kind, user.Role, customRole));
        audit.Add(services.Db, AuditActions.UserCreated, organization.Id, caller.User.Id, user.Id,
            UserAuditDetails.Created(user.Role, request.SendInvitation), principal.GetImpersonation()?.ActorUserId);
        if (await UserCreation.SaveNewAsync(services, user, cancellationToken) is { } problem)
        {
            return problem;
        }

        return TypedResults.Created($"/api/identity/users/{user.Id}", UserStateReader.ToResponse(user, organization.Kind, request.SendInvitation));
    }

    public static async Task<Results<Ok<UserResponse>, ValidationProblem, ProblemHttpResult>> UpdateUser(
        Guid id, UpdateUserRequest request, ClaimsPrincipal principal, [AsParameters] UserServices services, AuditLog audit, CancellationToken cancellationToken)
    {
        var (caller, target, refused) = await LoadTargetAsync(id, principal, services, cancellationToken);
        if (refused is not null)
        {
            return refused;
        }

        var user = target!.User;
        var kind = target.Organization.Kind;
        var changesScope = request.Role is not null || request.CustomRoleId is not null || request.PortalAreas is not null
            || request.ObjectIds is not null || request.AccessibleAccounts is not null || request.DepartmentIds is not null;
        if (changesScope && user.Id == caller!.User.Id)
        {
            return Problems.Forbidden(UserProblems.OwnRoleOrScope);
        }

        var validation = new Validation().PortalAreas("portalAreas", request.PortalAreas)
            .MaxLength("accountName", request.AccountName, Validation.AccountNameMaxLength);
        if (request.AccountName is { } name && name.Trim().Length == 0)
        {
            validation.Add("accountName", UserProblems.AccountNameEmpty);
        }

        if (request.Role is not null && !RoleCatalog.IsValidRole(kind, request.Role))
        {
            validation.Add("role", ValidationMessages.RoleNotOneOf.Format(string.Join(", ", kind == OrganizationKinds.Provider ? Roles.ProviderRoles : Roles.CustomerRoles)));
        }

        if (kind == OrganizationKinds.Provider && (request.PortalAreas is not null || request.ObjectIds is not null))
        {
            validation.Add(request.PortalAreas is not null ? "portalAreas" : "objectIds", UserProblems.CustomerScopeOnly);
        }

        if (kind == OrganizationKinds.Customer && (request.AccessibleAccounts is not null || request.DepartmentIds is not null))
        {
            validation.Add(request.AccessibleAccounts is not null ? "accessibleAccounts" : "departmentIds", UserProblems.StaffScopeOnly);
        }

        var role = request.Role ?? user.Role;
        var customRole = await CustomRoleOf(services, target.Organization, role, request.CustomRoleId ?? user.CustomRoleId, validation, cancellationToken);
        await ScopeReferences.CheckStaffScopeAsync(caller!, request, services, validation, cancellationToken);
        if (kind == OrganizationKinds.Customer)
        {
            await ScopeReferences.CheckObjectsAsync(target.Organization.Id, request.ObjectIds, user.ObjectIds, services, validation, cancellationToken);
        }
        if (!validation.IsValid)
        {
            return validation.ToProblem();
        }

        var roleRefusal = request.Role is not null || request.CustomRoleId is not null ? GrantRules.Role(caller!, kind, role, customRole) : null;
        if (roleRefusal is null && (request.PortalAreas is not null || request.ObjectIds is not null)
            && GrantRules.CustomerScopeRefusal(caller!, request.PortalAreas ?? user.PortalAreas, request.ObjectIds ?? user.ObjectIds) is { } scopeRefusal)
        {
            return Problems.Forbidden(scopeRefusal.Reason, scopeRefusal.Field);
        }

        var refusal = roleRefusal
            ?? (request.AccessibleAccounts is not null || request.DepartmentIds is not null
                ? GrantRules.StaffScope(caller!, request.AccessibleAccounts?.All ?? false, request.DepartmentIds ?? [])
                : null);
        if (refusal is not null)
        {
            return Problems.Forbidden(refusal);
        }

        var before = UserChanges.Snapshot(user);
        user.Role = role;
        user.CustomRoleId = role == Roles.Custom ? customRole?.Id : null;
        if (request.AccountName is { } accountName)
        {
            user.UserName = accountName.Trim();
            user.NormalizedUserName = services.Users.NormalizeName(user.UserName);
        }

        user.PortalAreas = request.PortalAreas is { } areas ? [.. areas.Distinct()] : user.PortalAreas;
        user.ObjectIds = request.ObjectIds is { } objects ? [.. objects.Distinct()] : user.ObjectIds;
        if (request.AccessibleAccounts is { } accounts)
        {
            user.AllCustomers = accounts.All;
            user.CustomerIds = accounts.All ? [] : [.. (accounts.CustomerIds ?? []).Distinct()];
        }

        user.DepartmentIds = request.DepartmentIds is { } departments ? [.. departments.Distinct()] : user.DepartmentIds;

        services.AccessEvents.Publish(services.Db, user, kind, RoleCatalog.PermissionsOf(kind, user.Role, customRole));
        UserChanges.Audit(audit, services.Db, before, user, caller!.User.Id, principal.GetImpersonation()?.ActorUserId);
        try
        {
            await services.Db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException ex) when (ex.InnerException is Npgsql.PostgresException { ConstraintName: Infrastructure.EntityConfigurations.UserConfiguration.UniqueAccountNameIndex })
        {
            return Problems.AccountNameTaken();
        }

        return TypedResults.Ok(UserStateReader.ToResponse(user, kind, hasPendingInvitation: false));
    }

    public static Task<Results<NoContent, ProblemHttpResult>> Deactivate(
        Guid id, ClaimsPrincipal principal, [AsParameters] UserServices services, AuditLog audit, CancellationToken cancellationToken) =>
        SetActiveAsync(id, active: false, principal, services, audit, cancellationToken);

    public static Task<Results<NoContent, ProblemHttpResult>> Reactivate(
        Guid id, ClaimsPrincipal principal, [AsParameters] UserServices services, AuditLog audit, CancellationToken cancellationToken) =>
        SetActiveAsync(id, active: true, principal, services, audit, cancellationToken);

    public static async Task<Results<Accepted<PasswordLinkResponse>, ProblemHttpResult>> SendPasswordLink(
        Guid id, ClaimsPrincipal principal, [AsParameters] UserServices services, CancellationToken cancellationToken)
    {
        var (caller, target, refused) = await LoadTargetAsync(id, principal, services, cancellationToken);
        if (refused is not null)
        {
            return refused;
        }

        if (target!.User.HasAccess || !target.User.IsActive)
        {
            return Problems.Conflict(
                target.User.PasswordHash is not null ? UserProblems.HasPassword
                : target.User.HasAccess ? UserProblems.SignsInExternally : UserProblems.Deactivated);
        }

        var link = services.Links.SendPasswordLink(services.Db, target.User, createdByProvider: caller!.IsProviderStaff);
        await services.Db.SaveChangesAsync(cancellationToken);
        return TypedResults.Accepted((string?)null, new PasswordLinkResponse(link.ExpiresAt));
    }

    public static async Task<Results<NoContent, ProblemHttpResult>> DeleteUser(
        Guid id, ClaimsPrincipal principal, [AsParameters] UserServices services, AuditLog audit, CancellationToken cancellationToken)
    {
        var (caller, target, refused) = await LoadTargetAsync(id, principal, services, cancellationToken);
        if (refused is not null)
        {
            return refused;
        }

        if (target!.User.Id == caller!.User.Id)
        {
            return Problems.Forbidden(UserProblems.DeleteSelf);
        }

        var user = target.User;
        // UserDeleted alone: an access event now would carry the personal data being erased.
        services.Db.AddIntegrationEvent(new UserDeleted(user.Id, user.OrganizationId), services.Clock);
        audit.Add(services.Db, AuditActions.UserDeleted, user.OrganizationId, caller.User.Id, user.Id);
        await AccountErasure.EraseAsync(services.Db, user, cancellationToken);
        await services.Db.SaveChangesAsync(cancellationToken);
        return TypedResults.NoContent();
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> SetActiveAsync(
        Guid id, bool active, ClaimsPrincipal principal, UserServices services, AuditLog audit, CancellationToken cancellationToken)
    {
        var (caller, target, refused) = await LoadTargetAsync(id, principal, services, cancellationToken);
        if (refused is not null)
        {
            return refused;
        }

        if (target!.User.Id == caller!.User.Id)
        {
            return Problems.Forbidden(UserProblems.DeactivateSelf);
        }

        var user = target.User;
        if (!active)
        {
            // ASVS 7.4.2: every session and refresh token ends now, not when the access token expires.
            await Sessions.EndAsync(services.Db, user, keepAuthorizationId: null, cancellationToken);
            if (user.IsActive)
            {
                user.DeactivatedAt = services.Clock.GetUtcNow();
                services.Db.AddIntegrationEvent(new UserDeactivated(user.Id, user.OrganizationId, user.Email!, user.FirstName, user.LastName, user.Language), services.Clock);
                audit.Add(services.Db, AuditActions.UserDeactivated, user.OrganizationId, caller.User.Id, user.Id);
            }
        }
        else if (!user.IsActive)
        {
            user.DeactivatedAt = null;
            audit.Add(services.Db, AuditActions.UserReactivated, user.OrganizationId, caller.User.Id, user.Id);
        }

        services.AccessEvents.Publish(services.Db, user, target.Organization.Kind, target.Permissions);
        await services.Db.SaveChangesAsync(cancellationToken);
        return TypedResults.NoContent();
    }

    /// <summary>The caller and the user they want to administer, or why not (404 for users they may not see).</summary>
    internal static async Task<(UserAccess? Caller, UserAccess? Target, ProblemHttpResult? Refused)> LoadTargetAsync(
        Guid id, ClaimsPrincipal principal, UserServices services, CancellationToken cancellationToken)
    {
        if (await Caller.LoadAsync(principal, services.Db, cancellationToken) is not { } caller)
        {
            return (null, null, Problems.NotSignedIn());
        }

        var user = await services.Db.Users.FindAsync([id], cancellationToken);
        var target = await UserAccess.LoadAsync(services.Db, user, cancellationToken);
        if (target is null)
        {
            return (caller, null, Problems.NotFound());
        }

        var decision = OrganizationAccess.ToAdministerUsers(caller, target.Organization);
        if (!decision.IsAllowed)
        {
            return (caller, null, decision.ToProblem());
        }

        return GrantRules.Target(caller, target) is { } refusal ? (caller, null, Problems.Forbidden(refusal)) : (caller, target, null);
    }

    private static async Task<CustomRole?> CustomRoleOf(
        UserServices services, Organization organization, string? role, Guid? customRoleId, Validation validation, CancellationToken cancellationToken)
    {
        if (role != Roles.Custom || organization.Kind != OrganizationKinds.Provider)
        {
            return null;
        }

        var customRole = customRoleId is { } roleId
            ? await services.Db.CustomRoles.AsNoTracking().SingleOrDefaultAsync(r => r.Id == roleId && r.ProviderId == organization.Id, cancellationToken)
            : null;
        if (customRole is null)
        {
            validation.Add("customRoleId", UserProblems.CustomRoleRequired);
        }

        return customRole;
    }
}
