using Identity.Api.Infrastructure;
using Identity.Api.Model;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Portal.ServiceDefaults.Localization;

namespace Identity.Api.Application;

/// <summary>
/// Matches a person signed in at an external provider to a Portal user. A known link (provider +
/// subject) wins, whatever the e-mail says now. Otherwise a verified e-mail links the person to the
/// user invited with it, once: the open invitation counts as accepted and the user becomes active.
/// Nobody is ever created here; deactivated users and archived organizations are refused.
/// The provider's own sign-in (and its MFA) stands in for Portal's password and second factor.
/// </summary>
public sealed class ExternalLoginLinker(
    UserManager<User> users, IdentityDbContext db, ExternalLoginProviders providers, AccessEvents accessEvents, AuditLog audit, TimeProvider clock)
{
    public async Task<ExternalLoginOutcome> SignInAsync(ExternalIdentity external, CancellationToken cancellationToken)
    {
        var provider = providers.Find(external.Scheme)!;
        var linked = await users.FindByLoginAsync(external.Scheme, external.Subject);
        if (linked is not null)
        {
            return await FinishAsync(linked, external, SignInAuditDetails.SignedIn, cancellationToken);
        }

        if (string.IsNullOrWhiteSpace(external.Email) || !(external.EmailVerified ?? provider.TrustEmailVerified))
        {
            return await RefuseAsync(null, external, SignInAuditDetails.EmailNotVerified,
                ExternalLoginRefusals.EmailNotVerified.Format(provider.DisplayName, external.Email));
        }

        var user = await users.FindByEmailAsync(external.Email);
        var now = clock.GetUtcNow();
        var openLinks = user is null ? [] : await db.Invitations
            .Where(i => i.UserId == user.Id && i.AcceptedAt == null && i.ExpiresAt > now)
            .ToListAsync(cancellationToken);
        // Only people someone let in: a user with access, or one with an open invitation or set-password link.
        if (user is null || (!user.HasAccess && openLinks.Count == 0))
        {
            return await RefuseAsync(user, external, SignInAuditDetails.NoAccount,
                ExternalLoginRefusals.NoAccount.Format(provider.DisplayName, external.Email));
        }

        if (user.ExternalLogins.Contains(external.Scheme))
        {
            return await RefuseAsync(user, external, SignInAuditDetails.LinkedToAnother,
                ExternalLoginRefusals.LinkedToAnother.Format(provider.DisplayName, external.Email));
        }

        if (await RefusalOf(user, cancellationToken) is { } refusal)
        {
            return await RefuseAsync(user, external, refusal.Audit, refusal.Message);
        }

        return await LinkAsync(user, openLinks, external, provider, cancellationToken);
    }

    private async Task<ExternalLoginOutcome> LinkAsync(
        User user, List<Invitation> openLinks, ExternalIdentity external, ExternalLoginOptions provider, CancellationToken cancellationToken)
    {
        var hadAccess = user.HasAccess;
        var now = clock.GetUtcNow();
        foreach (var link in openLinks)
        {
            link.AcceptedAt = now;
        }

        user.EmailConfirmed = true;
        user.ExternalLogins = [.. user.ExternalLogins, external.Scheme];
        var access = (await UserAccess.LoadAsync(db, user, cancellationToken))!;
        if (!hadAccess)
        {
            accessEvents.Publish(db, user, access.Organization.Kind, access.Permissions);
        }

        audit.Add(db, AuditActions.ExternalLoginLinked, user.OrganizationId, user.Id, user.Id, LocalizedText.Verbatim(external.Scheme));
        if (openLinks.Any(l => l.Purpose == InvitationPurpose.Invitation))
        {
            audit.Add(db, AuditActions.InvitationAccepted, user.OrganizationId, user.Id, user.Id, SignInAuditDetails.Via(external.Scheme));
        }

        // Saves the link, the accepted invitation, the event and the audit entries together.
        try
        {
            var result = await users.AddLoginAsync(user, new UserLoginInfo(external.Scheme, external.Subject, provider.DisplayName));
            if (!result.Succeeded)
            {
                return ExternalLoginOutcome.Refused(ExternalLoginRefusals.NotLinked, string.Join("; ", result.Errors.Select(e => e.Code)));
            }
        }
        catch (DbUpdateException)
        {
            // The same person finishing two sign-ins at once: the first link stands.
            return ExternalLoginOutcome.Refused(ExternalLoginRefusals.NotLinked, "concurrent link");
        }

        return await FinishAsync(user, external, SignInAuditDetails.LinkedAndSignedIn, cancellationToken);
    }

    private async Task<ExternalLoginOutcome> FinishAsync(User user, ExternalIdentity external, LocalizedText outcome, CancellationToken cancellationToken)
    {
        if (await RefusalOf(user, cancellationToken) is { } refusal)
        {
            return await RefuseAsync(user, external, refusal.Audit, refusal.Message);
        }

        audit.Add(db, AuditActions.SignInSucceeded, user.OrganizationId, user.Id, user.Id, SignInAuditDetails.OutcomeVia(outcome, external.Scheme));
        await db.SaveChangesAsync(cancellationToken);
        return ExternalLoginOutcome.SignedIn((await UserAccess.LoadAsync(db, user, cancellationToken))!);
    }

    private async Task<(LocalizedText Audit, LocalizedText Message)?> RefusalOf(User user, CancellationToken cancellationToken)
    {
        var access = await UserAccess.LoadAsync(db, user, cancellationToken);
        return access is null || access.Organization.ArchivedAt is not null
                ? (SignInAuditDetails.OrganizationArchived, ExternalLoginRefusals.OrganizationArchived)
            : !user.IsActive ? (SignInAuditDetails.Deactivated, ExternalLoginRefusals.Deactivated)
            : null;
    }

    private async Task<ExternalLoginOutcome> RefuseAsync(User? user, ExternalIdentity external, LocalizedText auditReason, LocalizedText message)
    {
        audit.Add(db, AuditActions.SignInFailed, user?.OrganizationId, subjectUserId: user?.Id, details: SignInAuditDetails.RefusedVia(external.Scheme, auditReason));
        // Only the audit entry: nothing else of this attempt is tracked.
        await db.SaveChangesAsync(CancellationToken.None);
        return ExternalLoginOutcome.Refused(message, auditReason.English);
    }
}
