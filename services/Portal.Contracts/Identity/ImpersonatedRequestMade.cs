namespace Portal.Contracts.Identity;

/// <summary>
/// A request was made with an impersonation token (DOMAIN.md, "Impersonation"): provider staff
/// <paramref name="ActorUserId"/> acting as customer user <paramref name="SubjectUserId"/> of
/// <paramref name="OrganizationId"/>. Every service publishes one per such request, refused or not;
/// identity keeps them in its audit log.
/// </summary>
public sealed record ImpersonatedRequestMade(
    Guid ActorUserId,
    Guid SubjectUserId,
    Guid OrganizationId,
    string Service,
    string Method,
    string Path,
    int Status,
    DateTimeOffset OccurredAt,
    string? IpAddress = null) : IIntegrationEvent;
