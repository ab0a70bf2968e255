using Portal.ServiceDefaults.OpenApi;

namespace Identity.Api.Apis;

[OpenApiExample("""
    { "firstName": "Mara", "lastName": "Schulz", "email": "mara.schulz@lindenhof.example", "language": "de", "role": "administrator" }
    """)]
public sealed record CreateInvitationRequest(string? FirstName, string? LastName, string? Email, string? Language, string? Role);

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
    DateTimeOffset ExpiresAt);

public sealed record AcceptInvitationRequest(string? Token, string? Password);

public sealed record AcceptedInvitationResponse(Guid UserId, string AccountName);
