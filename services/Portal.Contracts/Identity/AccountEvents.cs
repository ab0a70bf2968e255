namespace Portal.Contracts.Identity;

// Account events that the notifications service turns into mandatory account e-mails. Links are
// single use and never logged; each event carries what the mail needs in the user's language.

/// <summary>Someone asked for a password reset for an existing account; the link lives <c>ExpiresAt</c>.</summary>
public sealed record PasswordResetRequested(
    Guid UserId,
    Guid OrganizationId,
    string Email,
    string FirstName,
    string LastName,
    string Language,
    string ResetUrl,
    DateTimeOffset ExpiresAt) : IIntegrationEvent;

/// <summary>A user asked to change their sign-in e-mail; the verification goes to <paramref name="NewEmail"/>.</summary>
public sealed record EmailChangeRequested(
    Guid UserId,
    Guid OrganizationId,
    string NewEmail,
    string FirstName,
    string LastName,
    string Language,
    string ConfirmUrl,
    DateTimeOffset ExpiresAt) : IIntegrationEvent;

/// <summary>
/// The new address was confirmed and is now the sign-in e-mail. The notice goes to
/// <paramref name="OldEmail"/>, with <paramref name="ReportUrl"/> to report that it was not them.
/// </summary>
public sealed record EmailChanged(
    Guid UserId,
    Guid OrganizationId,
    string OldEmail,
    string NewEmail,
    string FirstName,
    string LastName,
    string Language,
    string ReportUrl) : IIntegrationEvent;

/// <summary>A user was deactivated: every session has ended; the notice goes to <paramref name="Email"/>.</summary>
public sealed record UserDeactivated(
    Guid UserId,
    Guid OrganizationId,
    string Email,
    string FirstName,
    string LastName,
    string Language) : IIntegrationEvent;

/// <summary>A user was deleted and their personal data removed; every service forgets what it keeps about them.</summary>
public sealed record UserDeleted(Guid UserId, Guid OrganizationId) : IIntegrationEvent;
