using Portal.ServiceDefaults.Localization;

namespace Identity.Api.Application;

/// <summary>What became of a sign-in with an external provider: the user, or why not in words for the person.</summary>
public sealed record ExternalLoginOutcome(UserAccess? Access, LocalizedText? Refusal, string? AuditReason)
{
    public static ExternalLoginOutcome SignedIn(UserAccess access) => new(access, null, null);

    public static ExternalLoginOutcome Refused(LocalizedText refusal, string auditReason) => new(null, refusal, auditReason);
}

/// <summary>What the provider said about the person, read from its id_token.</summary>
public sealed record ExternalIdentity(string Scheme, string Subject, string? Email, bool? EmailVerified);
