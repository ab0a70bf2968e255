namespace Identity.Api.Model;

/// <summary>
/// A single-use link sent by e-mail: an invitation, a set-password link for an employee created
/// without access, a password reset, an e-mail change to confirm, or the "this was not me" link of
/// an e-mail change. Only the SHA-256 of the token is stored.
/// </summary>
public sealed class Invitation
{
    public Guid Id { get; init; }
    public Guid UserId { get; init; }
    public Guid OrganizationId { get; init; }

    /// <summary>Provider invitations are listed on the customer's Invitations tab; links made by a customer's administrators are not.</summary>
    public bool CreatedByProvider { get; init; }
    public InvitationPurpose Purpose { get; init; }
    public required byte[] TokenHash { get; set; }
    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset ExpiresAt { get; set; }
    public DateTimeOffset? AcceptedAt { get; set; }

    /// <summary>The address an e-mail change link is about: the new one to confirm, or the old one to restore.</summary>
    public string? Email { get; init; }

    public string Status(DateTimeOffset now) =>
        AcceptedAt is not null ? InvitationStatus.Accepted : ExpiresAt <= now ? InvitationStatus.Expired : InvitationStatus.Pending;
}

public enum InvitationPurpose
{
    Invitation,
    SetPassword,
    PasswordReset,
    EmailChange,
    EmailChangeReport,
}

public static class InvitationStatus
{
    public const string Pending = "pending";
    public const string Accepted = "accepted";
    public const string Expired = "expired";
}
