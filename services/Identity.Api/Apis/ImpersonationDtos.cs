using System.Text.Json.Serialization;

namespace Identity.Api.Apis;

/// <summary>The body of <c>POST /api/identity/users/{id}/impersonation</c>; may be omitted (read-only).</summary>
public sealed record StartImpersonationRequest(bool? FullAccess);

/// <summary>Named like a token endpoint's answer (RFC 6749), without a refresh token.</summary>
public sealed record ImpersonationResponse(
    [property: JsonPropertyName("access_token")] string AccessToken,
    [property: JsonPropertyName("token_type")] string TokenType,
    [property: JsonPropertyName("expires_in")] int ExpiresIn);

/// <summary>In <c>GET /api/identity/me</c> while someone views the portal as this user: the web app shows a banner.</summary>
public sealed record ImpersonatorResponse(Guid Id, string? Name, bool FullAccess);
