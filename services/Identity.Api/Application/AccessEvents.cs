using Identity.Api.Infrastructure;
using Identity.Api.Model;
using Portal.Contracts.Identity;
using Portal.ServiceDefaults.Messaging;

namespace Identity.Api.Application;

/// <summary>
/// Queues <see cref="UserAccessChanged"/> with the user's full current scope; saved with the change
/// by the caller's SaveChanges, published through the outbox.
/// </summary>
public sealed class AccessEvents(TimeProvider clock)
{
    public void Publish(IdentityDbContext db, User user, string organizationKind, IReadOnlyList<string> permissions, bool? active = null)
    {
        // Saved with the change itself, so the version and the state it describes commit together.
        user.AccessVersion++;
        db.AddIntegrationEvent(Describe(user, organizationKind, permissions, active), clock);
    }

    /// <summary>
    /// The user's whole current scope, as the event tells it; also the answer to a service that asks
    /// for a scope its events have not brought yet (<c>GET /api/identity/me/access</c>).
    /// </summary>
    public static UserAccessChanged Describe(User user, string organizationKind, IReadOnlyList<string> permissions, bool? active = null) =>
        new(
            user.Id,
            user.OrganizationId,
            organizationKind,
            user.Role,
            [.. permissions],
            user.AllCustomers,
            [.. user.CustomerIds],
            [.. user.DepartmentIds],
            [.. user.PortalAreas],
            [.. user.ObjectIds],
            // Active in the other services' sense: the user can sign in and act.
            active ?? (user.IsActive && user.HasAccess),
            // Notifications mails users without access too, so it needs the address and language.
            user.Email,
            user.Language,
            user.FirstName,
            user.LastName,
            Deactivated: !user.IsActive,
            Version: user.AccessVersion);
}
