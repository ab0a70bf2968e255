using System.Security.Claims;
using Identity.Api.Application;
using Identity.Api.Infrastructure.EntityConfigurations;
using Identity.Api.Model;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Identity.Api.Apis;

/// <summary>
/// Changing the sign-in e-mail: the new address confirms within 24 hours (until then the old one
/// signs in), the old address is told and can report a change its owner did not make.
/// </summary>
public static class EmailChangeApi
{
    public static RouteGroupBuilder MapEmailChangeApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/identity").WithTags("E-mail change");
        api.MapPost("/me/email-change", Request).ProducesProblem(StatusCodes.Status429TooManyRequests).RequireAuthorization().WithName("RequestEmailChange")
            .WithSummary("Ask to change the sign-in e-mail; a confirmation link goes to the new address");
        api.MapPost("/email-change/confirm", Confirm).ProducesProblem(StatusCodes.Status410Gone).ProducesProblem(StatusCodes.Status409Conflict).AllowAnonymous().WithName("ConfirmEmailChange")
            .WithSummary("Confirm the new address with the link from the e-mail; it becomes the sign-in e-mail");
        api.MapPost("/email-change/report", Report).ProducesProblem(StatusCodes.Status410Gone).ProducesProblem(StatusCodes.Status409Conflict).AllowAnonymous().WithName("ReportEmailChange")
            .WithSummary("The old address reports a change it did not make: the address is restored and every session ends");
        return api;
    }

    public static async Task<Results<Accepted<EmailChangePendingResponse>, ValidationProblem, ProblemHttpResult>> Request(
        EmailChangeRequest request, ClaimsPrincipal principal, [AsParameters] AccountServices services,
        PasswordReauthentication reauthentication, HttpContext context, CancellationToken cancellationToken)
    {
        if (await Caller.LoadAsync(principal, services.Db, cancellationToken) is not { } caller)
        {
            return Problems.NotSignedIn();
        }

        var user = caller.User;
        var validation = new Validation().Email("newEmail", request.NewEmail);
        if (string.IsNullOrEmpty(request.CurrentPassword))
        {
            validation.Add("currentPassword", ValidationMessages.CurrentPasswordRequired);
        }

        if (validation.IsValid && services.Users.NormalizeEmail(request.NewEmail!.Trim()) == user.NormalizedEmail)
        {
            validation.Add("newEmail", EmailChangeProblems.SameAddress);
        }

        if (!validation.IsValid)
        {
            return validation.ToProblem();
        }

        if (await reauthentication.RefuseAsync(user, request.CurrentPassword, "currentPassword", SignInAuditDetails.EmailChange, context, cancellationToken) is { } refusal)
        {
            return refusal;
        }

        // Whether another account uses the address is deliberately not checked here: the answer would
        // let anyone signed in probe which addresses have accounts. Only the owner of the new mailbox
        // can confirm, and a clash is refused then, which tells them nothing they do not know.
        var newEmail = request.NewEmail!.Trim();
        var link = await services.Links.SendEmailChangeAsync(services.Db, user, newEmail, cancellationToken);
        user.PendingEmail = newEmail;
        user.PendingEmailExpiresAt = link.ExpiresAt;
        services.Audit.Add(services.Db, AuditActions.EmailChangeRequested, user.OrganizationId, actorUserId: user.Id, subjectUserId: user.Id);
        await services.Db.SaveChangesAsync(cancellationToken);
        return TypedResults.Accepted((string?)null, new EmailChangePendingResponse(newEmail, link.ExpiresAt));
    }

    public static async Task<Results<Ok<EmailChangeConfirmedResponse>, ValidationProblem, ProblemHttpResult>> Confirm(
        LinkTokenRequest request, [AsParameters] AccountServices services, CancellationToken cancellationToken)
    {
        var validation = AccountServices.Token(new Validation(), request.Token);
        if (!validation.IsValid)
        {
            return validation.ToProblem();
        }

        var now = services.Clock.GetUtcNow();
        var (link, refused) = await LinkRedemption.FindOpenAsync(services.Db, request.Token!, InvitationPurpose.EmailChange, now, cancellationToken);
        if (refused is not null)
        {
            return refused;
        }

        var user = await services.Db.Users.SingleAsync(u => u.Id == link!.UserId, cancellationToken);
        if (await UserAccess.LoadAsync(services.Db, user, cancellationToken) is not { CanSignIn: true })
        {
            return Problems.Gone(LinkProblems.AccountCannotSignIn);
        }

        var newEmail = link!.Email!;
        if (await services.Users.FindByEmailAsync(newEmail) is { } other && other.Id != user.Id)
        {
            return Problems.EmailTaken();
        }

        var oldEmail = user.Email!;
        // The account name follows the address only where it was the address (and is free).
        var renameAccount = user.NormalizedUserName == services.Users.NormalizeEmail(oldEmail) && await services.Users.FindByNameAsync(newEmail) is null;
        user.Email = newEmail;
        user.NormalizedEmail = services.Users.NormalizeEmail(newEmail);
        user.EmailConfirmed = true;
        if (renameAccount)
        {
            user.UserName = newEmail;
            user.NormalizedUserName = services.Users.NormalizeName(newEmail);
        }

        user.PendingEmail = null;
        user.PendingEmailExpiresAt = null;
        link.AcceptedAt = now;
        services.Links.SendEmailChanged(services.Db, user, oldEmail);
        services.Audit.Add(services.Db, AuditActions.EmailChanged, user.OrganizationId, actorUserId: user.Id, subjectUserId: user.Id);
        if (await SaveAsync(services, cancellationToken) is { } clash)
        {
            return clash;
        }

        return TypedResults.Ok(new EmailChangeConfirmedResponse(user.Email, user.UserName!));
    }

    public static async Task<Results<Ok<EmailChangeReportedResponse>, ValidationProblem, ProblemHttpResult>> Report(
        LinkTokenRequest request, [AsParameters] AccountServices services, CancellationToken cancellationToken)
    {
        var validation = AccountServices.Token(new Validation(), request.Token);
        if (!validation.IsValid)
        {
            return validation.ToProblem();
        }

        var now = services.Clock.GetUtcNow();
        var (link, refused) = await LinkRedemption.FindOpenAsync(services.Db, request.Token!, InvitationPurpose.EmailChangeReport, now, cancellationToken);
        if (refused is not null)
        {
            return refused;
        }

        var user = await services.Db.Users.SingleAsync(u => u.Id == link!.UserId, cancellationToken);
        var oldEmail = link!.Email!;
        await services.Links.SpendOpenLinksAsync(services.Db, user.Id, InvitationPurpose.EmailChangeReport, cancellationToken);
        await services.Links.SpendOpenLinksAsync(services.Db, user.Id, InvitationPurpose.EmailChange, cancellationToken);
        link.AcceptedAt = now;
        user.PendingEmail = null;
        user.PendingEmailExpiresAt = null;
        await Sessions.EndAsync(services.Db, user, keepAuthorizationId: null, cancellationToken);
        services.Audit.Add(services.Db, AuditActions.SessionsEnded, user.OrganizationId, subjectUserId: user.Id, details: new("All sessions, after an e-mail change was reported.", "Alle Sitzungen, nach einer gemeldeten E-Mail-Änderung."));

        if (await services.Users.FindByEmailAsync(oldEmail) is { } other && other.Id != user.Id)
        {
            services.Audit.Add(services.Db, AuditActions.EmailChangeReported, user.OrganizationId, subjectUserId: user.Id,
                details: new("The old address belongs to another account by now; it was not restored.",
                    "Die alte Adresse gehört inzwischen zu einem anderen Konto; sie wurde nicht wiederhergestellt."));
            await services.Db.SaveChangesAsync(cancellationToken);
            return Problems.Conflict(EmailChangeProblems.OldAddressTaken);
        }

        if (user.NormalizedUserName == user.NormalizedEmail && await services.Users.FindByNameAsync(oldEmail) is null)
        {
            user.UserName = oldEmail;
            user.NormalizedUserName = services.Users.NormalizeName(oldEmail);
        }

        user.Email = oldEmail;
        user.NormalizedEmail = services.Users.NormalizeEmail(oldEmail);
        // Whoever made the change may know the password: it stops working, and a reset link goes to
        // the restored address.
        user.PasswordHash = services.Users.PasswordHasher.HashPassword(user, Sessions.NewSecurityStamp() + Sessions.NewSecurityStamp());
        if (await UserAccess.LoadAsync(services.Db, user, cancellationToken) is { CanSignIn: true })
        {
            await services.Links.SendPasswordResetAsync(services.Db, user, cancellationToken);
        }

        services.Audit.Add(services.Db, AuditActions.EmailChangeReported, user.OrganizationId, subjectUserId: user.Id,
            details: new("The old address was restored; the password was replaced and a reset link sent.",
                "Die alte Adresse wurde wiederhergestellt; das Passwort wurde ersetzt und ein Link zum Zurücksetzen gesendet."));
        if (await SaveAsync(services, cancellationToken) is { } clash)
        {
            return clash;
        }

        return TypedResults.Ok(new EmailChangeReportedResponse(user.Email));
    }

    /// <summary>Two accounts racing for one address: the database's unique index decides.</summary>
    private static async Task<ProblemHttpResult?> SaveAsync(AccountServices services, CancellationToken cancellationToken)
    {
        try
        {
            await services.Db.SaveChangesAsync(cancellationToken);
            return null;
        }
        catch (DbUpdateException ex) when (ex.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation, ConstraintName: UserConfiguration.UniqueEmailIndex })
        {
            return Problems.EmailTaken();
        }
    }
}
