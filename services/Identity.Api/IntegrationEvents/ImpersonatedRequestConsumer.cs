using Identity.Api.Infrastructure;
using Identity.Api.Model;
using Portal.Contracts.Identity;
using Portal.ServiceDefaults.Localization;
using Portal.ServiceDefaults.Messaging;

namespace Identity.Api.IntegrationEvents;

/// <summary>
/// Every request any service saw with an impersonation token goes into the audit log of the
/// impersonated user's organization: the real actor as actor and impersonator, the user as subject.
/// </summary>
public sealed class ImpersonatedRequestConsumer(IdentityDbContext db)
    : IdempotentConsumer<ImpersonatedRequestMade, IdentityDbContext>(db)
{
    protected override Task HandleAsync(ImpersonatedRequestMade message, CancellationToken cancellationToken)
    {
        var details = LocalizedText.Verbatim($"{message.Method} {message.Path} -> {message.Status} ({message.Service})");
        Db.AuditEntries.Add(new AuditEntry
        {
            // Stamped when the request was made, not when the event arrived.
            Id = Guid.CreateVersion7(message.OccurredAt),
            OccurredAt = message.OccurredAt,
            Action = AuditActions.ImpersonatedRequest,
            OrganizationId = message.OrganizationId,
            ActorUserId = message.ActorUserId,
            SubjectUserId = message.SubjectUserId,
            ImpersonatorUserId = message.ActorUserId,
            IpAddress = message.IpAddress is { Length: > 64 } ip ? ip[..64] : message.IpAddress,
            Details = AuditEntry.Fit(details.English),
            DetailsGerman = AuditEntry.Fit(details.German),
        });
        return Task.CompletedTask;
    }
}
