namespace Portal.Contracts.Identity;

/// <summary>
/// A user who exists without access (or an administrator's employee) was sent a link to set their
/// password. Carries what the notifications service needs to send the mail in the user's language,
/// including the link (never logged).
/// </summary>
public sealed record PasswordLinkCreated(
    Guid UserId,
    Guid OrganizationId,
    string Email,
    string FirstName,
    string LastName,
    string Language,
    string SetPasswordUrl,
    DateTimeOffset ExpiresAt) : IIntegrationEvent;
