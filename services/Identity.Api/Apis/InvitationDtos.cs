using Portal.ServiceDefaults.OpenApi;

namespace Identity.Api.Apis;

[OpenApiExample("""
    { "firstName": "Mara", "lastName": "Schulz", "email": "mara.schulz@lindenhof.example", "language": "de", "role": "moderator",
      "portalAreas": ["dashboard", "tickets"], "objectIds": [], "emailCategories": ["tickets"] }
    """)]
public sealed record CreateInvitationRequest(
    string? FirstName,
    string? LastName,
    string? Email,
    string? Language,
    string? Role,
    IReadOnlyList<string>? PortalAreas = null,
    IReadOnlyList<Guid>? ObjectIds = null,
    IReadOnlyList<string>? EmailCategories = null);

public sealed record InvitationResponse(
    Guid Id,
    Guid UserId,
    string Email,
    string FirstName,
    string LastName,
    string Language,
    string Role,
    string Status,
    DateTimeOffset CreatedAt,
    DateTimeOffset ExpiresAt,
    IReadOnlyList<string> PortalAreas,
    IReadOnlyList<Guid> ObjectIds,
    IReadOnlyList<string> EmailCategories);

public sealed record AcceptInvitationRequest(string? Token, string? Password);

public sealed record AcceptedInvitationResponse(Guid UserId, string AccountName);
