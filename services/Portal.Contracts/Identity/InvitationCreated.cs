namespace Portal.Contracts.Identity;

/// <summary>
/// Someone was invited to a customer's portal. Carries what the notifications service needs to send
/// the mail in the invitee's language, including the accept link (never logged).
/// </summary>
public sealed record InvitationCreated(
    Guid InvitationId,
    Guid UserId,
    Guid OrganizationId,
    string Email,
    string FirstName,
    string LastName,
    string Language,
    string Role,
    string AcceptUrl,
    DateTimeOffset ExpiresAt) : IIntegrationEvent;
