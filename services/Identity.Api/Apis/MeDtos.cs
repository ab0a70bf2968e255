namespace Identity.Api.Apis;

/// <summary>
/// <see cref="PortalAreas"/>: the customer portal areas the user may open (none for provider staff);
/// <see cref="ObjectIds"/>: the objects they see, null when they see all of their company's.
/// </summary>
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
    IReadOnlyList<string> PortalAreas,
    IReadOnlyList<Guid>? ObjectIds,
    ImpersonatorResponse? Impersonator = null);

/// <summary>Every field is optional: what is given changes, the rest stays; an empty salutation or phone clears it.</summary>
public sealed record UpdateMeRequest(
    string? FirstName,
    string? LastName,
    string? Salutation,
    string? PhoneNumber,
    string? MobilePhone,
    string? Language);
