using Microsoft.AspNetCore.Mvc;

namespace Identity.Api.Apis;

/// <summary>
/// The filters of <c>GET /api/identity/audit</c> and its export, as text: each value is checked by <see cref="AuditFilter"/>
/// so that a bad one is named in a 400, not turned into a bare binding failure. <c>person</c> is part of a name or
/// e-mail address of anyone an entry names; <c>category</c> one of <see cref="Model.AuditCategories"/>.
/// </summary>
public sealed record AuditQueryParameters(
    [FromQuery] string? UserId,
    [FromQuery] string? Person,
    [FromQuery] string? Action,
    [FromQuery] string? Category,
    [FromQuery] string? From,
    [FromQuery] string? To);

/// <summary>Which page of the list, as text for the same reason.</summary>
public sealed record AuditPageParameters([FromQuery] string? Page, [FromQuery] string? PageSize);

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
