using System.Security.Claims;
using System.Text.Json;
using Portal.Contracts.Security;
using Tenants.Api.Infrastructure;
using Tenants.Api.Model;

namespace Tenants.Api.Apis;

public static class CustomerAudit
{
    /// <summary>Records, with the change (same SaveChanges), who made it: the token's subject and its real actor.</summary>
    public static void AddCustomerAudit(this TenantsDbContext db, Customer customer, string action, ClaimsPrincipal user, TimeProvider clock, string? details = null) =>
        db.CustomerAudit.Add(new CustomerAuditEntry
        {
            Id = Guid.CreateVersion7(),
            CustomerId = customer.Id,
            ProviderId = customer.ProviderId,
            Action = action,
            Actor = Truncate(user.FindFirstValue(PortalClaimTypes.Subject) ?? "unknown"),
            ImpersonatedBy = RealActor(user),
            Details = details,
            OccurredAt = clock.GetUtcNow(),
        });

    /// <summary>The <c>act</c> claim (RFC 8693) is a JSON object whose <c>sub</c> names the real actor.</summary>
    private static string? RealActor(ClaimsPrincipal user)
    {
        var act = user.FindFirstValue(PortalClaimTypes.Actor);
        if (string.IsNullOrWhiteSpace(act))
        {
            return null;
        }

        try
        {
            using var json = JsonDocument.Parse(act);
            if (json.RootElement.ValueKind == JsonValueKind.Object && json.RootElement.TryGetProperty("sub", out var sub))
            {
                return Truncate(sub.ToString());
            }
        }
        catch (JsonException)
        {
            // Not JSON: a plain subject.
        }

        return Truncate(act);
    }

    private static string Truncate(string value) =>
        value.Length <= CustomerAuditEntry.SubjectMaxLength ? value : value[..CustomerAuditEntry.SubjectMaxLength];
}
