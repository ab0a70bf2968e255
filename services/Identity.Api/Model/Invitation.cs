namespace Identity.Api.Model;

/// <summary>
/// A single-use link that lets a user set their password: an invitation, or a set-password link for
/// an employee created without access. Only the SHA-256 of the token is stored.
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

    public string Status(DateTimeOffset now) =>
        AcceptedAt is not null ? InvitationStatus.Accepted : ExpiresAt <= now ? InvitationStatus.Expired : InvitationStatus.Pending;
}

public enum InvitationPurpose
{
    Invitation,
    SetPassword,
}

public static class InvitationStatus
{
    public const string Pending = "pending";
    public const string Accepted = "accepted";
    public const string Expired = "expired";
}
