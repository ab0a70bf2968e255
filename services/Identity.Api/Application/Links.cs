using Identity.Api.Infrastructure;
using Identity.Api.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Portal.Contracts.Identity;
using Portal.ServiceDefaults.Messaging;

namespace Identity.Api.Application;

/// <summary>
/// Issues the links that go out by e-mail: a fresh token (the old one of the same link stops
/// working), its hash stored, and the event with the link for the notifications service queued in
/// the outbox. The token leaves identity only inside that event.
/// </summary>
public sealed class Links(IOptions<IdentityServerOptions> options, PublicUrl publicUrl, TimeProvider clock)
{
    public const string AcceptPath = "account/accept-invitation";
    public const string SetPasswordPath = "account/set-password";
    public const string ResetPasswordPath = "account/reset-password";
    public const string ConfirmEmailPath = "account/confirm-email";
    public const string ReportEmailChangePath = "account/report-email-change";

    public Invitation Invite(IdentityDbContext db, User user, bool createdByProvider) =>
        Issue(db, user, InvitationPurpose.Invitation, createdByProvider).Link;

    public Invitation SendPasswordLink(IdentityDbContext db, User user, bool createdByProvider) =>
        Issue(db, user, InvitationPurpose.SetPassword, createdByProvider).Link;

    /// <summary>A new token for an existing link; the previous token no longer matches anything.</summary>
    public void Reissue(IdentityDbContext db, Invitation invitation, User user)
    {
        var (token, hash) = LinkTokens.Create();
        invitation.TokenHash = hash;
        invitation.ExpiresAt = clock.GetUtcNow() + LifetimeOf(invitation.Purpose);
        Announce(db, invitation, user, token);
    }

    /// <summary>A password reset link; earlier reset links of the user stop working.</summary>
    public async Task<Invitation> SendPasswordResetAsync(IdentityDbContext db, User user, CancellationToken cancellationToken)
    {
        await SpendOpenLinksAsync(db, user.Id, InvitationPurpose.PasswordReset, cancellationToken);
        var (link, token) = Issue(db, user, InvitationPurpose.PasswordReset, createdByProvider: false);
        db.AddIntegrationEvent(new PasswordResetRequested(
            user.Id, user.OrganizationId, user.Email!, user.FirstName, user.LastName, user.Language,
            Url(ResetPasswordPath, token, user.Language), link.ExpiresAt), clock);
        return link;
    }

    /// <summary>The confirmation link for a new address, sent to that address; an earlier request is replaced.</summary>
    public async Task<Invitation> SendEmailChangeAsync(IdentityDbContext db, User user, string newEmail, CancellationToken cancellationToken)
    {
        await SpendOpenLinksAsync(db, user.Id, InvitationPurpose.EmailChange, cancellationToken);
        var (link, token) = Issue(db, user, InvitationPurpose.EmailChange, createdByProvider: false, newEmail);
        db.AddIntegrationEvent(new EmailChangeRequested(
            user.Id, user.OrganizationId, newEmail, user.FirstName, user.LastName, user.Language,
            Url(ConfirmEmailPath, token, user.Language), link.ExpiresAt), clock);
        return link;
    }

    /// <summary>The notice to the old address, with the link to report a change its owner did not make.</summary>
    public Invitation SendEmailChanged(IdentityDbContext db, User user, string oldEmail)
    {
        var (link, token) = Issue(db, user, InvitationPurpose.EmailChangeReport, createdByProvider: false, oldEmail);
        db.AddIntegrationEvent(new EmailChanged(
            user.Id, user.OrganizationId, oldEmail, user.Email!, user.FirstName, user.LastName, user.Language,
            Url(ReportEmailChangePath, token, user.Language)), clock);
        return link;
    }

    /// <summary>Open links of one purpose end now (a newer one replaces them, or what they were for is settled).</summary>
    public async Task SpendOpenLinksAsync(IdentityDbContext db, Guid userId, InvitationPurpose purpose, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var open = await db.Invitations
            .Where(i => i.UserId == userId && i.Purpose == purpose && i.AcceptedAt == null && i.ExpiresAt > now)
            .ToListAsync(cancellationToken);
        open.ForEach(i => i.ExpiresAt = now);
    }

    private TimeSpan LifetimeOf(InvitationPurpose purpose) => purpose switch
    {
        InvitationPurpose.Invitation => options.Value.InvitationLifetime,
        InvitationPurpose.SetPassword => options.Value.SetPasswordLinkLifetime,
        InvitationPurpose.PasswordReset => options.Value.PasswordResetLifetime,
        InvitationPurpose.EmailChange => options.Value.EmailChangeLifetime,
        InvitationPurpose.EmailChangeReport => options.Value.EmailChangeReportLifetime,
        _ => throw new ArgumentOutOfRangeException(nameof(purpose), purpose, "A link purpose without a lifetime."),
    };

    private (Invitation Link, string Token) Issue(IdentityDbContext db, User user, InvitationPurpose purpose, bool createdByProvider, string? email = null)
    {
        var now = clock.GetUtcNow();
        var (token, hash) = LinkTokens.Create();
        var invitation = new Invitation
        {
            Id = Guid.CreateVersion7(now),
            UserId = user.Id,
            OrganizationId = user.OrganizationId,
            CreatedByProvider = createdByProvider,
            Purpose = purpose,
            TokenHash = hash,
            CreatedAt = now,
            ExpiresAt = now + LifetimeOf(purpose),
            Email = email,
        };
        db.Invitations.Add(invitation);
        if (purpose is InvitationPurpose.Invitation or InvitationPurpose.SetPassword)
        {
            Announce(db, invitation, user, token);
        }

        return (invitation, token);
    }

    private void Announce(IdentityDbContext db, Invitation invitation, User user, string token)
    {
        if (invitation.Purpose == InvitationPurpose.Invitation)
        {
            db.AddIntegrationEvent(new InvitationCreated(
                invitation.Id, user.Id, user.OrganizationId, user.Email!, user.FirstName, user.LastName, user.Language, user.Role,
                Url(AcceptPath, token, user.Language), invitation.ExpiresAt), clock);
            return;
        }

        db.AddIntegrationEvent(new PasswordLinkCreated(
            user.Id, user.OrganizationId, user.Email!, user.FirstName, user.LastName, user.Language,
            Url(SetPasswordPath, token, user.Language), invitation.ExpiresAt), clock);
    }

    /// <summary>The web app's <c>lang</c> parameter of its account pages: they speak the mail's language, not the browser's.</summary>
    public const string LanguageParameter = "lang";

    // The link carries the language its mail is written in: the user's, or German, the mails' default
    // for a language they have no template in (Notifications' MailTemplates).
    private string Url(string path, string token, string language) =>
        publicUrl.Combine(path).AbsoluteUri + "?token=" + Uri.EscapeDataString(token)
        + "&" + LanguageParameter + "=" + (Languages.IsSupported(language) ? language : Languages.German);
}
