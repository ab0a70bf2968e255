using System.Security.Claims;
using Identity.Api.Application;
using Identity.Api.Model;
using Identity.Api.Security;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Portal.Contracts.Identity;
using Portal.Contracts.Security;
using Portal.ServiceDefaults.Messaging;
using Portal.ServiceDefaults.Security;

namespace Identity.Api.Apis;

/// <summary>
/// Provider staff invite people to a corporate, managed customer (the customer's Invitations tab);
/// the invitee accepts with the link from the e-mail and a password.
/// </summary>
public static class InvitationsApi
{
    public static RouteGroupBuilder MapInvitationsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/identity").WithTags("Invitations");

        api.MapPost("/customers/{customerId:guid}/invitations", Invite).ProducesProblem(StatusCodes.Status409Conflict).RequireAuthorization()
            .WithName("Invite").WithSummary("Invite a person to a corporate customer's portal");
        api.MapGet("/customers/{customerId:guid}/invitations", ListInvitations).ProducesProblem(StatusCodes.Status409Conflict).RequireAuthorization()
            .WithName("ListInvitations").WithSummary("The provider's invitations to a customer: pending, accepted, expired");
        api.MapPost("/invitations/{id:guid}/resend", Resend).ProducesProblem(StatusCodes.Status409Conflict).RequireAuthorization()
            .WithName("ResendInvitation").WithSummary("Send a new link; the old one stops working");
        api.MapDelete("/invitations/{id:guid}", DeleteInvitation).ProducesProblem(StatusCodes.Status409Conflict).RequireAuthorization()
            .WithName("DeleteInvitation").WithSummary("Revoke a pending invitation; the invited user, who never signed in, goes too");
        api.MapPost("/invitations/accept", Accept).ProducesProblem(StatusCodes.Status410Gone).ProducesProblem(StatusCodes.Status429TooManyRequests).AllowAnonymous()
            .WithName("AcceptInvitation").WithSummary("Set the password with an invitation or set-password link");
        return api;
    }

    public static async Task<Results<Created<InvitationResponse>, ValidationProblem, ProblemHttpResult>> Invite(
        Guid customerId, CreateInvitationRequest request, ClaimsPrincipal principal, [AsParameters] UserServices services, AuditLog audit, CancellationToken cancellationToken)
    {
        if (await Caller.LoadAsync(principal, services.Db, cancellationToken) is not { } caller)
        {
            return Problems.NotSignedIn();
        }

        var customer = await services.Db.Organizations.AsNoTracking().SingleOrDefaultAsync(o => o.Id == customerId, cancellationToken);
        var decision = OrganizationAccess.ToInvite(caller, customer);
        if (!decision.IsAllowed)
        {
            return decision.ToProblem();
        }

        var validation = new Validation()
            .Name("firstName", request.FirstName).Name("lastName", request.LastName)
            .Email("email", request.Email).Language("language", request.Language)
            .PortalAreas("portalAreas", request.PortalAreas).EmailCategories("emailCategories", request.EmailCategories);
        if (!RoleCatalog.IsValidRole(OrganizationKinds.Customer, request.Role))
        {
            validation.Add("role", ValidationMessages.RoleNotOneOf.Format(string.Join(", ", Roles.CustomerRoles)));
        }

        await ScopeReferences.CheckObjectsAsync(customer!.Id, request.ObjectIds, [], services, validation, cancellationToken);

        if (!validation.IsValid)
        {
            return validation.ToProblem();
        }

        var user = UserCreation.NewUser(customer!.Id, request.FirstName!, request.LastName!, request.Email!, request.Language!, request.Role!, services.Clock.GetUtcNow());
        // The scope is the user's from now on; they cannot sign in before accepting, so it is in force from their first sign-in.
        user.PortalAreas = request.PortalAreas is { } areas ? [.. areas.Distinct()] : RoleCatalog.DefaultPortalAreas(user.Role);
        user.ObjectIds = [.. (request.ObjectIds ?? []).Distinct()];
        if (request.EmailCategories is { } categories && EmailCategoryChoice.Changes(user, categories))
        {
            EmailCategoryChoice.Choose(services.Db, user, categories, services.Clock);
        }
        var invitation = services.Links.Invite(services.Db, user, createdByProvider: true);
        services.AccessEvents.Publish(services.Db, user, OrganizationKinds.Customer, RoleCatalog.PermissionsOf(OrganizationKinds.Customer, user.Role));
        audit.Add(services.Db, AuditActions.InvitationCreated, customer.Id, caller.User.Id, user.Id, UserAuditDetails.Role(user.Role), principal.GetImpersonation()?.ActorUserId);
        if (await UserCreation.SaveNewAsync(services, user, cancellationToken) is { } problem)
        {
            return problem;
        }

        return TypedResults.Created($"/api/identity/invitations/{invitation.Id}", ToResponse(invitation, user, services.Clock.GetUtcNow()));
    }

    public static async Task<Results<Ok<InvitationResponse[]>, ProblemHttpResult>> ListInvitations(
        Guid customerId, ClaimsPrincipal principal, [AsParameters] UserServices services, CancellationToken cancellationToken)
    {
        if (await Caller.LoadAsync(principal, services.Db, cancellationToken) is not { } caller)
        {
            return Problems.NotSignedIn();
        }

        var customer = await services.Db.Organizations.AsNoTracking().SingleOrDefaultAsync(o => o.Id == customerId, cancellationToken);
        var decision = OrganizationAccess.ToInvite(caller, customer);
        if (!decision.IsAllowed)
        {
            return decision.ToProblem();
        }

        // Users a customer's administrators added themselves are their business, not the provider's invitations.
        var invitations = await services.Db.Invitations.AsNoTracking()
            .Where(i => i.OrganizationId == customerId && i.CreatedByProvider && i.Purpose == InvitationPurpose.Invitation)
            .Join(services.Db.Users, i => i.UserId, u => u.Id, (i, u) => new { Invitation = i, User = u })
            .OrderByDescending(x => x.Invitation.CreatedAt)
            .ToListAsync(cancellationToken);
        var now = services.Clock.GetUtcNow();
        return TypedResults.Ok(invitations.Select(x => ToResponse(x.Invitation, x.User, now)).ToArray());
    }

    public static async Task<Results<Ok<InvitationResponse>, ProblemHttpResult>> Resend(
        Guid id, ClaimsPrincipal principal, [AsParameters] UserServices services, AuditLog audit, CancellationToken cancellationToken)
    {
        var (invitation, user, refused) = await LoadAsync(id, principal, services, cancellationToken);
        if (refused is not null)
        {
            return refused;
        }

        if (invitation!.AcceptedAt is not null)
        {
            return Problems.Conflict(InvitationProblems.AcceptedNothingToResend);
        }

        services.Links.Reissue(services.Db, invitation, user!);
        audit.Add(services.Db, AuditActions.InvitationResent, invitation.OrganizationId, principal.GetUserId(), user!.Id,
            impersonatorUserId: principal.GetImpersonation()?.ActorUserId);
        await services.Db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(ToResponse(invitation, user!, services.Clock.GetUtcNow()));
    }

    public static async Task<Results<NoContent, ProblemHttpResult>> DeleteInvitation(
        Guid id, ClaimsPrincipal principal, [AsParameters] UserServices services, AuditLog audit, CancellationToken cancellationToken)
    {
        var (invitation, user, refused) = await LoadAsync(id, principal, services, cancellationToken);
        if (refused is not null)
        {
            return refused;
        }

        // Revoking is for invitations nobody took up. Once the person has a way in (the invitation accepted,
        // a password set by another link, a linked Google / Microsoft sign-in) they are a user like any other,
        // and removing them is user management's decision, with its permission, not the inviter's.
        if (invitation!.AcceptedAt is not null || user!.PasswordHash is not null
            || await services.Db.UserLogins.AnyAsync(l => l.UserId == user.Id, cancellationToken))
        {
            return Problems.Conflict(InvitationProblems.AcceptedCannotRevoke);
        }

        // A revoked invitation deletes the user it created, the same erasure as deleting the account: the
        // other services forget them and no business mail reaches them again.
        services.Db.AddIntegrationEvent(new UserDeleted(user!.Id, user.OrganizationId), services.Clock);
        await AccountErasure.EraseAsync(services.Db, user, cancellationToken);
        // The entry keeps the deleted user's id; the audit log shows it without a name from now on.
        audit.Add(services.Db, AuditActions.InvitationDeleted, invitation!.OrganizationId, principal.GetUserId(), user!.Id,
            impersonatorUserId: principal.GetImpersonation()?.ActorUserId);
        await services.Db.SaveChangesAsync(cancellationToken);
        return TypedResults.NoContent();
    }

    public static async Task<Results<Ok<AcceptedInvitationResponse>, ValidationProblem, ProblemHttpResult>> Accept(
        AcceptInvitationRequest request, [AsParameters] UserServices services, PasswordPolicy policy, AuditLog audit, CancellationToken cancellationToken)
    {
        var validation = AccountServices.Token(new Validation(), request.Token);
        if (policy.Check(request.Password) is { } passwordError)
        {
            validation.Add("password", passwordError);
        }

        if (!validation.IsValid)
        {
            return validation.ToProblem();
        }

        var hash = LinkTokens.Hash(request.Token!.Trim());
        // Reset and e-mail change links have their own endpoints; here they are as unknown as a made-up token.
        var invitation = await services.Db.Invitations.SingleOrDefaultAsync(
            i => i.TokenHash == hash && (i.Purpose == InvitationPurpose.Invitation || i.Purpose == InvitationPurpose.SetPassword), cancellationToken);
        var now = services.Clock.GetUtcNow();
        if (invitation is null)
        {
            return Problems.Gone(LinkProblems.InvitationUnknown);
        }

        if (invitation.AcceptedAt is not null)
        {
            return Problems.Gone(LinkProblems.InvitationUsed);
        }

        if (invitation.ExpiresAt <= now)
        {
            return Problems.Gone(LinkProblems.InvitationExpired);
        }

        var user = await services.Db.Users.SingleAsync(u => u.Id == invitation.UserId, cancellationToken);
        var access = await UserAccess.LoadAsync(services.Db, user, cancellationToken);
        invitation.AcceptedAt = now;
        user.EmailConfirmed = true;
        // The link sets the password, whatever was there: AddPassword refuses to overwrite one.
        user.PasswordHash = null;
        services.AccessEvents.Publish(services.Db, user, access!.Organization.Kind, access.Permissions, active: user.IsActive);
        audit.Add(services.Db, AuditActions.InvitationAccepted, user.OrganizationId, user.Id, user.Id,
            invitation.Purpose == InvitationPurpose.Invitation
                ? new("invitation", "Einladung")
                : new("set-password link", "Link zum Festlegen des Passworts"));

        // Saves the password, the accepted link and the event together.
        var result = await services.Users.AddPasswordAsync(user, request.Password!);
        if (!result.Succeeded)
        {
            return LocalizedIdentityError.ToFieldErrors("password", result).ToProblem();
        }

        // Other open links of this user are spent too: one password, one way in.
        await services.Db.Invitations.Where(i => i.UserId == user.Id && i.AcceptedAt == null && i.ExpiresAt > now
                && (i.Purpose == InvitationPurpose.Invitation || i.Purpose == InvitationPurpose.SetPassword))
            .ExecuteUpdateAsync(set => set.SetProperty(i => i.ExpiresAt, now), cancellationToken);
        return TypedResults.Ok(new AcceptedInvitationResponse(user.Id, user.UserName!));
    }

    private static async Task<(Invitation? Invitation, User? User, ProblemHttpResult? Refused)> LoadAsync(
        Guid id, ClaimsPrincipal principal, UserServices services, CancellationToken cancellationToken)
    {
        if (await Caller.LoadAsync(principal, services.Db, cancellationToken) is not { } caller)
        {
            return (null, null, Problems.NotSignedIn());
        }

        var invitation = await services.Db.Invitations.SingleOrDefaultAsync(
            i => i.Id == id && i.CreatedByProvider && i.Purpose == InvitationPurpose.Invitation, cancellationToken);
        var customer = invitation is null ? null : await services.Db.Organizations.AsNoTracking().SingleOrDefaultAsync(o => o.Id == invitation.OrganizationId, cancellationToken);
        var decision = OrganizationAccess.ToInvite(caller, customer);
        if (!decision.IsAllowed)
        {
            return (null, null, decision.ToProblem());
        }

        var user = await services.Db.Users.SingleAsync(u => u.Id == invitation!.UserId, cancellationToken);
        return (invitation, user, null);
    }

    private static InvitationResponse ToResponse(Invitation invitation, User user, DateTimeOffset now) => new(
        invitation.Id, user.Id, user.Email!, user.FirstName, user.LastName, user.Language, user.Role,
        invitation.Status(now), invitation.CreatedAt, invitation.ExpiresAt, user.PortalAreas, user.ObjectIds, user.EmailCategories);
}
