using Identity.Api.Infrastructure;
using Identity.Api.Model;

namespace Identity.Api.Application;

/// <summary>
/// Adds audit entries to the caller's unit of work: they are saved by the same SaveChanges as the
/// change they record, so there is never a change without its entry (or an entry without its change).
/// A failed sign-in has no other change: its caller saves right after.
/// </summary>
public sealed class AuditLog(TimeProvider clock, IHttpContextAccessor httpContext)
{
    public AuditEntry Add(
        IdentityDbContext db,
        string action,
        Guid? organizationId,
        Guid? actorUserId = null,
        Guid? subjectUserId = null,
        string? details = null,
        Guid? impersonatorUserId = null)
    {
        var now = clock.GetUtcNow();
        var entry = new AuditEntry
        {
            Id = Guid.CreateVersion7(now),
            OccurredAt = now,
            Action = action,
            OrganizationId = organizationId,
            ActorUserId = actorUserId,
            SubjectUserId = subjectUserId,
            ImpersonatorUserId = impersonatorUserId,
            IpAddress = httpContext.HttpContext?.Connection.RemoteIpAddress?.ToString(),
            Details = details is { Length: > AuditEntry.DetailsMaxLength } ? details[..AuditEntry.DetailsMaxLength] : details,
        };
        db.AuditEntries.Add(entry);
        return entry;
    }
}
