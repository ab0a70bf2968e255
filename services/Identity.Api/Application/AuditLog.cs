using Identity.Api.Infrastructure;
using Identity.Api.Model;
using Portal.ServiceDefaults.Localization;

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
        LocalizedText? details = null,
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
            // Both languages are kept: the log is read later, by people of either language.
            Details = AuditEntry.Fit(details?.English),
            DetailsGerman = AuditEntry.Fit(details?.German),
        };
        db.AuditEntries.Add(entry);
        return entry;
    }
}
