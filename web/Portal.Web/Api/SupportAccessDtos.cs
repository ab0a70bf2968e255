namespace Portal.Web.Api;

public sealed record SupportAccessPersonDto(Guid Id, string? Name);

/// <summary>A support access request as identity shows it; <c>Status</c>: pending, active, refused, ended, withdrawn, expired.</summary>
public sealed record SupportAccessDto(
    Guid Id, Guid CustomerId, string CustomerName, SupportAccessPersonDto RequestedBy, SupportAccessPersonDto? ViewAs,
    string Reason, int DurationMinutes, bool FullAccess, string Status, DateTimeOffset RequestedAt,
    DateTimeOffset? DecidedAt, SupportAccessPersonDto? DecidedBy, string? RefusalReason,
    DateTimeOffset? ApprovedUntil, DateTimeOffset? EndedAt, SupportAccessPersonDto? EndedBy);

public sealed record SupportAccessPageDto(IReadOnlyList<SupportAccessDto> Items, int Page, int PageSize, int TotalCount);

public sealed record CreateSupportAccessDto(Guid CustomerId, Guid? UserId, string Reason, int DurationMinutes, bool FullAccess);

public sealed record SecurityPolicyDto(Guid OrganizationId, bool RequireTwoFactor, bool SupportAccessNeedsApproval);
