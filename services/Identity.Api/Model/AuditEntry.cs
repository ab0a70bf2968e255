using Portal.ServiceDefaults.Localization;

namespace Identity.Api.Model;

/// <summary>
/// One security-relevant event: who did what to whom, when, from where. Written in the same
/// transaction as the change it records; never updated. Holds ids, not names, so that deleting a
/// user's personal data leaves the trail intact but anonymous.
/// </summary>
public sealed class AuditEntry
{
    public const int ActionMaxLength = 60;
    public const int DetailsMaxLength = 1000;

    public Guid Id { get; init; }
    public DateTimeOffset OccurredAt { get; init; }

    /// <summary>One of <see cref="AuditActions"/>.</summary>
    public required string Action { get; init; }

    /// <summary>The organization whose audit log shows the entry: the subject's, else the actor's.</summary>
    public Guid? OrganizationId { get; init; }

    /// <summary>Who acted; null when nobody was signed in (a failed sign-in, a reset request).</summary>
    public Guid? ActorUserId { get; init; }

    /// <summary>The user the action concerns, when it concerns one.</summary>
    public Guid? SubjectUserId { get; init; }

    /// <summary>Impersonation: the provider staff member acting as <see cref="ActorUserId"/>.</summary>
    public Guid? ImpersonatorUserId { get; init; }

    public string? IpAddress { get; init; }

    /// <summary>A short, human-readable detail (the new role, the request path) in English; never a secret.</summary>
    public string? Details { get; init; }

    /// <summary>The same detail in German; null on entries recorded before details were written in both languages.</summary>
    public string? DetailsGerman { get; init; }

    /// <summary>The detail in the reader's language; an entry older than its German text shows its English one.</summary>
    public string? DetailsIn(string language) =>
        language == PortalLanguage.German && DetailsGerman is not null ? DetailsGerman : Details;

    /// <summary>A detail cut to what the column holds: a long one (a reason, a path) must not fail the change it records.</summary>
    public static string? Fit(string? details) =>
        details is { Length: > DetailsMaxLength } ? details[..DetailsMaxLength] : details;
}

/// <summary>The audit log's action names, as they appear in <c>GET /api/identity/audit</c>.</summary>
public static class AuditActions
{
    public const string SignInSucceeded = "sign-in.succeeded";
    public const string SignInFailed = "sign-in.failed";
    public const string SignInLockedOut = "sign-in.locked-out";

    public const string UserCreated = "user.created";
    public const string UserImported = "user.imported";
    public const string UserImportUpdated = "user.import-updated";
    public const string PeopleImported = "people.imported";
    public const string RoleChanged = "user.role-changed";
    public const string ScopeChanged = "user.scope-changed";
    public const string UserDeactivated = "user.deactivated";
    public const string UserReactivated = "user.reactivated";
    public const string UserDeleted = "user.deleted";

    public const string InvitationCreated = "invitation.created";
    public const string InvitationResent = "invitation.resent";
    public const string InvitationAccepted = "invitation.accepted";
    public const string InvitationDeleted = "invitation.deleted";
    public const string PasswordLinkSent = "password-link.sent";

    public const string PasswordChanged = "password.changed";
    public const string PasswordResetRequested = "password.reset-requested";
    public const string PasswordReset = "password.reset";
    public const string SessionsEnded = "sessions.ended";

    public const string EmailChangeRequested = "email-change.requested";
    public const string EmailChanged = "email-change.confirmed";
    public const string EmailChangeReported = "email-change.reported";

    public const string ImpersonationStarted = "impersonation.started";
    public const string ImpersonatedRequest = "impersonation.request";

    public const string SupportAccessRequested = "support-access.requested";
    public const string SupportAccessApproved = "support-access.approved";
    public const string SupportAccessRefused = "support-access.refused";
    public const string SupportAccessEnded = "support-access.ended";
    public const string SupportAccessWithdrawn = "support-access.withdrawn";

    public const string TwoFactorEnabled = "two-factor.enabled";
    public const string TwoFactorDisabled = "two-factor.disabled";
    public const string SecurityPolicyChanged = "security-policy.changed";
    public const string ExternalLoginLinked = "external-login.linked";
}
