namespace Identity.Api.Apis;

public sealed record MeResponse(
    Guid Id,
    string Email,
    string AccountName,
    string FirstName,
    string LastName,
    string? Salutation,
    string? PhoneNumber,
    string? MobilePhone,
    string Language,
    Guid OrganizationId,
    string OrganizationKind,
    string Role,
    IReadOnlyList<string> Permissions,
    string? PendingEmail,
    ImpersonatorResponse? Impersonator = null);

/// <summary>Every field is optional: what is given changes, the rest stays; an empty salutation or phone clears it.</summary>
public sealed record UpdateMeRequest(
    string? FirstName,
    string? LastName,
    string? Salutation,
    string? PhoneNumber,
    string? MobilePhone,
    string? Language);
