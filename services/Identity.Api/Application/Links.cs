using Identity.Api.Infrastructure;
using Identity.Api.Model;
using Microsoft.Extensions.Options;
using Portal.Contracts.Identity;
using Portal.ServiceDefaults.Messaging;

namespace Identity.Api.Application;

/// <summary>
/// Issues invitation and set-password links: a fresh token (the old one of the same link stops
/// working), its hash stored, and the event with the link for the notifications service queued in
/// the outbox. The token leaves identity only inside that event.
/// </summary>
public sealed class Links(IOptions<IdentityServerOptions> options, PublicUrl publicUrl, TimeProvider clock)
{
    public const string AcceptPath = "account/accept-invitation";
    public const string SetPasswordPath = "account/set-password";

    public Invitation Invite(IdentityDbContext db, User user, bool createdByProvider) =>
        Issue(db, user, InvitationPurpose.Invitation, createdByProvider);

    public Invitation SendPasswordLink(IdentityDbContext db, User user, bool createdByProvider) =>
        Issue(db, user, InvitationPurpose.SetPassword, createdByProvider);

    /// <summary>A new token for an existing link; the previous token no longer matches anything.</summary>
    public void Reissue(IdentityDbContext db, Invitation invitation, User user)
    {
        var (token, hash) = LinkTokens.Create();
        invitation.TokenHash = hash;
        invitation.ExpiresAt = clock.GetUtcNow() + options.Value.InvitationLifetime;
        Announce(db, invitation, user, token);
    }

    private Invitation Issue(IdentityDbContext db, User user, InvitationPurpose purpose, bool createdByProvider)
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
            ExpiresAt = now + options.Value.InvitationLifetime,
        };
        db.Invitations.Add(invitation);
        Announce(db, invitation, user, token);
        return invitation;
    }

    private void Announce(IdentityDbContext db, Invitation invitation, User user, string token)
    {
        if (invitation.Purpose == InvitationPurpose.Invitation)
        {
            db.AddIntegrationEvent(new InvitationCreated(
                invitation.Id, user.Id, user.OrganizationId, user.Email!, user.FirstName, user.LastName, user.Language, user.Role,
                Url(AcceptPath, token), invitation.ExpiresAt), clock);
            return;
        }

        db.AddIntegrationEvent(new PasswordLinkCreated(
            user.Id, user.OrganizationId, user.Email!, user.FirstName, user.LastName, user.Language,
            Url(SetPasswordPath, token), invitation.ExpiresAt), clock);
    }

    private string Url(string path, string token) => publicUrl.Combine(path).AbsoluteUri + "?token=" + Uri.EscapeDataString(token);
}
