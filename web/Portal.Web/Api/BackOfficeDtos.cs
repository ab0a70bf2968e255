namespace Portal.Web.Api;

/// <summary>In <c>GET /api/identity/me</c> while staff view the portal as this user.</summary>
public sealed record ImpersonatorDto(Guid Id, string? Name, bool FullAccess);

/// <summary>The part of <c>GET /api/identity/me</c> the "view as" banner needs.</summary>
public sealed record ViewedUserDto(Guid Id, string FirstName, string LastName, ImpersonatorDto? Impersonator);

public sealed record AuditPersonDto(Guid Id, string? Name);

public sealed record AuditEntryDto(
    Guid Id, DateTimeOffset OccurredAt, string Action, Guid? OrganizationId,
    AuditPersonDto? Actor, AuditPersonDto? Subject, AuditPersonDto? Impersonator, string? IpAddress, string? Details);

public sealed record AuditPageDto(AuditEntryDto[] Items, int Page, int PageSize, int TotalCount);

/// <summary>The filters of the audit log; empty ones are left out. The user id stays text so that identity names a bad one.</summary>
public sealed record AuditFilter(string? UserId, string? Action, DateTimeOffset? From, DateTimeOffset? To);

public sealed record DepartmentNameDto(string Name);
