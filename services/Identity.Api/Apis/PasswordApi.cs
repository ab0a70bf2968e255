using System.Security.Claims;
using Identity.Api.Application;
using Identity.Api.Model;
using Identity.Api.Security;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Portal.ServiceDefaults.Errors;
using Portal.ServiceDefaults.Localization;

namespace Identity.Api.Apis;

/// <summary>Forgotten passwords (a single-use link by e-mail) and changing one's own password in settings.</summary>
public static class PasswordApi
{
    public static RouteGroupBuilder MapPasswordApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/identity").WithTags("Passwords");
        api.MapPost("/password-reset", RequestReset).ProducesProblem(StatusCodes.Status429TooManyRequests).AllowAnonymous().WithName("RequestPasswordReset")
            .WithSummary("Send a reset link if an account uses this address; the answer is the same either way");
        api.MapPost("/password-reset/confirm", ConfirmReset).ProducesProblem(StatusCodes.Status410Gone).ProducesProblem(StatusCodes.Status429TooManyRequests).AllowAnonymous().WithName("ConfirmPasswordReset")
            .WithSummary("Set a new password with the reset link; every session of the account ends");
        api.MapPut("/me/password", ChangePassword).ProducesProblem(StatusCodes.Status429TooManyRequests).RequireAuthorization().WithName("ChangePassword")
            .WithSummary("Change the password (the current one is required); the user's other sessions end");
        return api;
    }

    public static async Task<Results<Accepted, ValidationProblem>> RequestReset(
        PasswordResetRequest request, [AsParameters] AccountServices services, PasswordResetMailLimit mailLimit, CancellationToken cancellationToken)
    {
        var validation = new Validation().Email("email", request.Email);
        if (!validation.IsValid)
        {
            return validation.ToProblem();
        }

        var user = await services.Users.FindByEmailAsync(request.Email!.Trim());
        var access = await UserAccess.LoadAsync(services.Db, user, cancellationToken);
        if (access is { CanSignIn: true } && await mailLimit.ReachedAsync(services.Db, access.User.Id, cancellationToken))
        {
            // No mail, yet the same answer and about the same work as for an unknown address: the
            // limit cannot be told apart from "no such account" or "sent". The open link stays valid.
            services.Audit.Add(services.Db, AuditActions.PasswordResetRequested, access.User.OrganizationId, subjectUserId: access.User.Id,
                details: new("No mail: the account reached its limit of reset mails for now.",
                    "Keine E-Mail: Das Konto hat sein Limit an E-Mails zum Zurücksetzen vorerst erreicht."));
        }
        else if (access is { CanSignIn: true })
        {
            await services.Links.SendPasswordResetAsync(services.Db, access.User, cancellationToken);
            services.Audit.Add(services.Db, AuditActions.PasswordResetRequested, access.User.OrganizationId, subjectUserId: access.User.Id);
        }
        else
        {
            // The same kind of work as for an account (an entry saved), so that neither the answer nor
            // its timing tells whether the address has one. The address itself is not kept.
            services.Audit.Add(services.Db, AuditActions.PasswordResetRequested, organizationId: null, details: new("No account that can sign in uses the address.",
                "Kein Konto, das sich anmelden kann, verwendet diese Adresse."));
        }

        await services.Db.SaveChangesAsync(cancellationToken);
        return TypedResults.Accepted((string?)null);
    }

    public static async Task<Results<Ok<PasswordResetResponse>, ValidationProblem, ProblemHttpResult>> ConfirmReset(
        ConfirmPasswordResetRequest request, [AsParameters] AccountServices services, CancellationToken cancellationToken)
    {
        var validation = AccountServices.Token(new Validation(), request.Token);
        if (services.Policy.Check(request.NewPassword) is { } passwordError)
        {
            validation.Add("newPassword", passwordError);
        }

        if (!validation.IsValid)
        {
            return validation.ToProblem();
        }

        var now = services.Clock.GetUtcNow();
        var (link, refused) = await LinkRedemption.FindOpenAsync(services.Db, request.Token!, InvitationPurpose.PasswordReset, now, cancellationToken);
        if (refused is not null)
        {
            return refused;
        }

        var user = await services.Db.Users.SingleAsync(u => u.Id == link!.UserId, cancellationToken);
        if (await UserAccess.LoadAsync(services.Db, user, cancellationToken) is not { CanSignIn: true })
        {
            // Deactivated (or its organization archived) since the link was sent.
            return Problems.Gone(LinkProblems.AccountCannotSignIn);
        }

        await services.Links.SpendOpenLinksAsync(services.Db, user.Id, InvitationPurpose.PasswordReset, cancellationToken);
        link!.AcceptedAt = now;
        // Whoever knew the old password may hold a session: every one of them ends.
        await Sessions.EndAsync(services.Db, user, keepAuthorizationId: null, cancellationToken);
        user.EmailConfirmed = true;
        // Proving the mailbox is the way out of a lockout that failed guesses caused.
        user.AccessFailedCount = 0;
        user.LockoutEnd = null;
        user.PasswordHash = null;
        services.Audit.Add(services.Db, AuditActions.PasswordReset, user.OrganizationId, actorUserId: user.Id, subjectUserId: user.Id);
        services.Audit.Add(services.Db, AuditActions.SessionsEnded, user.OrganizationId, actorUserId: user.Id, subjectUserId: user.Id, details: new("All sessions, after a password reset.", "Alle Sitzungen, nach dem Zurücksetzen des Passworts."));

        // Saves the password, the spent link and the audit entries together.
        var result = await services.Users.AddPasswordAsync(user, request.NewPassword!);
        return result.Succeeded
            ? TypedResults.Ok(new PasswordResetResponse(user.UserName!))
            : LocalizedIdentityError.ToFieldErrors("newPassword", result).ToProblem();
    }

    public static async Task<Results<NoContent, ValidationProblem, ProblemHttpResult>> ChangePassword(
        ChangePasswordRequest request, ClaimsPrincipal principal, [AsParameters] AccountServices services,
        PasswordReauthentication reauthentication, HttpContext context, CancellationToken cancellationToken)
    {
        if (await Caller.LoadAsync(principal, services.Db, cancellationToken) is not { } caller)
        {
            return Problems.NotSignedIn();
        }

        var validation = new Validation();
        if (string.IsNullOrEmpty(request.CurrentPassword))
        {
            validation.Add("currentPassword", ValidationMessages.CurrentPasswordRequired);
        }

        if (services.Policy.Check(request.NewPassword) is { } passwordError)
        {
            validation.Add("newPassword", passwordError);
        }

        if (!validation.IsValid)
        {
            return validation.ToProblem();
        }

        var user = caller.User;
        if (await reauthentication.RefuseAsync(user, request.CurrentPassword, "currentPassword", SignInAuditDetails.PasswordChange, context, cancellationToken) is { } refusal)
        {
            return refusal;
        }

        if (request.NewPassword == request.CurrentPassword)
        {
            return PortalProblems.Invalid("newPassword", PasswordRuleMessages.Unchanged);
        }

        // The session this request comes from stays; every other one ends.
        var ended = await Sessions.EndAsync(services.Db, user, Sessions.AuthorizationIdOf(principal), cancellationToken);
        user.PasswordHash = null;
        services.Audit.Add(services.Db, AuditActions.PasswordChanged, user.OrganizationId, actorUserId: user.Id, subjectUserId: user.Id);
        services.Audit.Add(services.Db, AuditActions.SessionsEnded, user.OrganizationId, actorUserId: user.Id, subjectUserId: user.Id,
            details: new LocalizedText("{0} other sessions, after a password change.", "{0} andere Sitzungen, nach einer Passwortänderung.").Format(ended));
        var result = await services.Users.AddPasswordAsync(user, request.NewPassword!);
        return result.Succeeded
            ? TypedResults.NoContent()
            : LocalizedIdentityError.ToFieldErrors("newPassword", result).ToProblem();
    }
}
