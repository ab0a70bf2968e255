using Microsoft.AspNetCore.Mvc;

namespace Identity.Api.Apis;

/// <summary>
/// The query of <c>GET /api/identity/audit</c>, as text: each value is checked by <see cref="AuditApi"/>
/// so that a bad one is named in a 400, not turned into a bare binding failure.
/// </summary>
public sealed record AuditQueryParameters(
    [FromQuery] string? UserId,
    [FromQuery] string? Action,
    [FromQuery] string? From,
    [FromQuery] string? To,
    [FromQuery] string? Page,
    [FromQuery] string? PageSize);

/// <summary>A person in the audit log, named as they are called now; deleted users have no name.</summary>
public sealed record AuditPersonResponse(Guid Id, string? Name);

public sealed record AuditEntryResponse(
    Guid Id,
    DateTimeOffset OccurredAt,
    string Action,
    Guid? OrganizationId,
    AuditPersonResponse? Actor,
    AuditPersonResponse? Subject,
    AuditPersonResponse? Impersonator,
    string? IpAddress,
    string? Details);

public sealed record AuditPageResponse(IReadOnlyList<AuditEntryResponse> Items, int Page, int PageSize, int TotalCount);
