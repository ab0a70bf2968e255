using Identity.Api.Model;
using Portal.ServiceDefaults.Localization;

namespace Identity.Api.Application;

/// <summary>An action of the audit log: its category and its name in the portal's languages.</summary>
public sealed record AuditActionInfo(string Action, string Category, LocalizedText Name);

/// <summary>
/// The one place that puts every action of <see cref="AuditActions"/> into exactly one of
/// <see cref="AuditCategories"/> and names it for people (the CSV export). A test fails when an action is missing,
/// so a new action cannot slip out of every category filter.
/// </summary>
public static class AuditCatalog
{
    public static readonly IReadOnlyList<AuditActionInfo> Actions =
    [
        new(AuditActions.SignInSucceeded, AuditCategories.SignIns, new("Signed in", "Angemeldet")),
        new(AuditActions.SignInFailed, AuditCategories.SignIns, new("Sign-in failed", "Anmeldung fehlgeschlagen")),
        new(AuditActions.SignInLockedOut, AuditCategories.SignIns, new("Locked out", "Gesperrt")),
        new(AuditActions.SessionsEnded, AuditCategories.SignIns, new("Sessions ended", "Sitzungen beendet")),

        new(AuditActions.InvitationCreated, AuditCategories.Invitations, new("Invitation sent", "Einladung verschickt")),
        new(AuditActions.InvitationResent, AuditCategories.Invitations, new("Invitation resent", "Einladung erneut verschickt")),
        new(AuditActions.InvitationAccepted, AuditCategories.Invitations, new("Invitation accepted", "Einladung angenommen")),
        new(AuditActions.InvitationDeleted, AuditCategories.Invitations, new("Invitation deleted", "Einladung gelöscht")),
        new(AuditActions.PasswordLinkSent, AuditCategories.Invitations, new("Set-password link sent", "Link zum Passwort-Setzen verschickt")),

        new(AuditActions.UserCreated, AuditCategories.People, new("User created", "Benutzer angelegt")),
        new(AuditActions.UserImported, AuditCategories.People, new("User imported", "Benutzer importiert")),
        new(AuditActions.UserImportUpdated, AuditCategories.People, new("User updated by an import", "Benutzer durch Import geändert")),
        new(AuditActions.PeopleImported, AuditCategories.People, new("People imported", "Personen importiert")),
        new(AuditActions.UserDeleted, AuditCategories.People, new("User deleted", "Benutzer gelöscht")),

        new(AuditActions.RoleChanged, AuditCategories.RolesAndAccess, new("Role changed", "Rolle geändert")),
        new(AuditActions.ScopeChanged, AuditCategories.RolesAndAccess, new("Access changed", "Zugriff geändert")),
        new(AuditActions.UserDeactivated, AuditCategories.RolesAndAccess, new("User deactivated", "Benutzer deaktiviert")),
        new(AuditActions.UserReactivated, AuditCategories.RolesAndAccess, new("User reactivated", "Benutzer reaktiviert")),
        new(AuditActions.SecurityPolicyChanged, AuditCategories.RolesAndAccess, new("Security policy changed", "Sicherheitsrichtlinie geändert")),

        new(AuditActions.PasswordChanged, AuditCategories.AccountSecurity, new("Password changed", "Passwort geändert")),
        new(AuditActions.PasswordResetRequested, AuditCategories.AccountSecurity, new("Password reset requested", "Passwort-Zurücksetzen angefordert")),
        new(AuditActions.PasswordReset, AuditCategories.AccountSecurity, new("Password reset", "Passwort zurückgesetzt")),
        new(AuditActions.EmailChangeRequested, AuditCategories.AccountSecurity, new("E-mail change requested", "E-Mail-Änderung angefordert")),
        new(AuditActions.EmailChanged, AuditCategories.AccountSecurity, new("E-mail changed", "E-Mail geändert")),
        new(AuditActions.EmailChangeReported, AuditCategories.AccountSecurity, new("E-mail change reported", "E-Mail-Änderung gemeldet")),
        new(AuditActions.TwoFactorEnabled, AuditCategories.AccountSecurity, new("Two-factor turned on", "Zwei-Faktor eingeschaltet")),
        new(AuditActions.TwoFactorDisabled, AuditCategories.AccountSecurity, new("Two-factor turned off", "Zwei-Faktor ausgeschaltet")),
        new(AuditActions.ExternalLoginLinked, AuditCategories.AccountSecurity, new("External sign-in linked", "Externe Anmeldung verknüpft")),

        new(AuditActions.SupportAccessRequested, AuditCategories.SupportAccess, new("Support access requested", "Supportzugriff angefragt")),
        new(AuditActions.SupportAccessApproved, AuditCategories.SupportAccess, new("Support access approved", "Supportzugriff genehmigt")),
        new(AuditActions.SupportAccessRefused, AuditCategories.SupportAccess, new("Support access refused", "Supportzugriff verweigert")),
        new(AuditActions.SupportAccessEnded, AuditCategories.SupportAccess, new("Support access ended", "Supportzugriff beendet")),
        new(AuditActions.SupportAccessWithdrawn, AuditCategories.SupportAccess,
            new("Support access request withdrawn", "Anfrage auf Supportzugriff zurückgezogen")),
        new(AuditActions.ImpersonationStarted, AuditCategories.SupportAccess, new("View as started", "Ansicht als begonnen")),
        // Each request provider staff make while viewing the portal as a customer's user, in a window or not.
        new(AuditActions.ImpersonatedRequest, AuditCategories.SupportAccess, new("Request while viewing as", "Anfrage während Ansicht als")),
    ];

    private static readonly Dictionary<string, AuditActionInfo> ByAction = Actions.ToDictionary(a => a.Action, StringComparer.Ordinal);

    private static readonly Dictionary<string, LocalizedText> CategoryNames = new(StringComparer.Ordinal)
    {
        [AuditCategories.SignIns] = new("Sign-ins", "Anmeldungen"),
        [AuditCategories.Invitations] = new("Invitations", "Einladungen"),
        [AuditCategories.People] = new("People", "Personen"),
        [AuditCategories.RolesAndAccess] = new("Roles and access", "Rollen und Zugriffe"),
        [AuditCategories.AccountSecurity] = new("Account security", "Kontosicherheit"),
        [AuditCategories.SupportAccess] = new("Support access", "Supportzugriff"),
    };

    public static bool IsKnown(string action) => ByAction.ContainsKey(action);

    /// <summary>The action's entry; an action recorded by an older version and since renamed has none.</summary>
    public static AuditActionInfo? Of(string action) => ByAction.GetValueOrDefault(action);

    public static IReadOnlyList<string> ActionsIn(string category) => [.. Actions.Where(a => a.Category == category).Select(a => a.Action)];

    public static LocalizedText CategoryName(string category) => CategoryNames[category];
}
