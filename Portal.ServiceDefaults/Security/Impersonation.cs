using System.Security.Claims;
using System.Text.Json;
using Portal.Contracts.Security;

namespace Portal.ServiceDefaults.Security;

/// <summary>
/// What an impersonation token says about itself: the real actor (RFC 8693 <c>act</c>), whether it
/// may change data, when it ends, and the customer's approval it was started under, if any (which the
/// customer may end before the token expires).
/// </summary>
public sealed record Impersonation(Guid ActorUserId, bool FullAccess, DateTimeOffset? ExpiresAt, Guid? SupportAccessId = null)
{
    /// <summary>Top-level claim naming the approved support access request the token was issued under.</summary>
    public const string SupportAccessClaim = "support_access";

    /// <summary>Top-level claim of an impersonation token: <see cref="ReadOnly"/> or <see cref="Full"/>.</summary>
    public const string AccessClaim = "impersonation";
    public const string ReadOnly = "read-only";
    public const string Full = "full";
}

public static class ImpersonationClaimsExtensions
{
    /// <summary>The impersonation behind a principal, or null for anyone acting as themselves.</summary>
    public static Impersonation? GetImpersonation(this ClaimsPrincipal user)
    {
        if (user.FindFirst(PortalClaimTypes.Actor)?.Value is not { Length: > 0 } actor || ActorId(actor) is not { } actorId)
        {
            return null;
        }

        DateTimeOffset? expiresAt = long.TryParse(user.FindFirstValue("exp"), out var exp) ? DateTimeOffset.FromUnixTimeSeconds(exp) : null;
        Guid? supportAccessId = Guid.TryParse(user.FindFirstValue(Impersonation.SupportAccessClaim), out var grant) ? grant : null;
        return new Impersonation(actorId, user.HasClaim(Impersonation.AccessClaim, Impersonation.Full), expiresAt, supportAccessId);
    }

    // The handlers hand a JSON object claim over as its raw JSON text.
    private static Guid? ActorId(string actor)
    {
        try
        {
            using var json = JsonDocument.Parse(actor);
            return json.RootElement.ValueKind == JsonValueKind.Object
                && json.RootElement.TryGetProperty(PortalClaimTypes.Subject, out var sub)
                && sub.ValueKind == JsonValueKind.String
                && Guid.TryParse(sub.GetString(), out var id)
                    ? id
                    : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
