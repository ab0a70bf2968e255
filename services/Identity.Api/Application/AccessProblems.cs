using Portal.ServiceDefaults.Errors;
using Portal.ServiceDefaults.Localization;
using static Identity.Api.Application.Problems;

namespace Identity.Api.Application;

/// <summary>
/// Why a caller may not do something (403) or an organization rules it out (409): missing permissions, grants
/// above the caller's own, impersonation's limits. A missing permission is always <c>permission_missing</c>,
/// whichever one; the detail names it.
/// </summary>
public static class AccessProblems
{
    /// <summary>{0}: the permission.</summary>
    public static readonly ProblemMessage ManagingUsersNeedsPermission = ForbiddenBecause(
        "permission_missing", "Managing users needs the permission {0}.", "Die Benutzerverwaltung erfordert die Berechtigung {0}.");

    /// <summary>{0}: the permission.</summary>
    public static readonly ProblemMessage NeedsPermission = ForbiddenBecause(
        "permission_missing", "This needs the permission {0}.", "Dafür ist die Berechtigung {0} nötig.");

    /// <summary>{0}: the permission.</summary>
    public static readonly ProblemMessage InvitingNeedsPermission = ForbiddenBecause(
        "permission_missing", "Inviting needs the permission {0}.", "Zum Einladen ist die Berechtigung {0} nötig.");

    /// <summary>{0}: the permission.</summary>
    public static readonly ProblemMessage AuditNeedsPermission = ForbiddenBecause(
        "permission_missing", "Reading the audit log needs the permission {0}.", "Zum Lesen des Prüfprotokolls ist die Berechtigung {0} nötig.");

    /// <summary>{0}: the permission.</summary>
    public static readonly ProblemMessage ComposingRolesNeedsPermission = ForbiddenBecause(
        "permission_missing", "Composing roles needs the permission {0}.", "Zum Zusammenstellen von Rollen ist die Berechtigung {0} nötig.");

    /// <summary>{0}: the permission.</summary>
    public static readonly ProblemMessage DeletingRolesNeedsPermission = ForbiddenBecause(
        "permission_missing", "Deleting roles needs the permission {0}.", "Zum Löschen von Rollen ist die Berechtigung {0} nötig.");

    /// <summary>{0}: the permission.</summary>
    public static readonly ProblemMessage ImpersonationNeedsPermission = ForbiddenBecause(
        "permission_missing",
        "Viewing the portal as another user needs the permission {0}.",
        "Um das Portal als ein anderer Benutzer zu sehen, ist die Berechtigung {0} nötig.");

    /// <summary>{0}: the permission.</summary>
    public static readonly ProblemMessage FullAccessImpersonationNeedsPermission = ForbiddenBecause(
        "permission_missing",
        "Impersonation with full access needs the permission {0}.",
        "Die Ansicht als anderer Benutzer mit vollem Zugriff erfordert die Berechtigung {0}.");

    public static readonly ProblemMessage OnlyCustomerUsersImpersonated = ForbiddenBecause(
        "impersonation_of_staff",
        "Only customer users can be impersonated, not provider staff.",
        "Nur Benutzer von Kunden können angesehen werden, nicht Mitarbeitende des Anbieters.");

    public static readonly ProblemMessage SubjectCannotSignIn = ForbiddenBecause(
        "impersonation_subject_cannot_sign_in",
        "This user cannot sign in (deactivated or without access), so there is nothing to view as them.",
        "Dieser Benutzer kann sich nicht anmelden (deaktiviert oder ohne Zugang); es gibt also nichts, was Sie als er sehen könnten.");

    public static readonly ProblemMessage ImpersonationWithinImpersonation = ForbiddenBecause(
        "impersonation_nested",
        "An impersonation cannot start another one.",
        "Aus einer Ansicht als anderer Benutzer heraus kann keine weitere gestartet werden.");

    /// <summary>{0}: the permissions, comma-separated.</summary>
    public static readonly ProblemMessage PermissionsNotHeld = ForbiddenBecause(
        "grant_exceeds_own_permissions",
        "You cannot grant permissions you do not hold: {0}.",
        "Sie können keine Berechtigungen vergeben, die Sie selbst nicht haben: {0}.");

    public static readonly ProblemMessage TargetHoldsMore = ForbiddenBecause(
        "target_holds_more_permissions",
        "This user holds permissions you do not hold.",
        "Dieser Benutzer hat Berechtigungen, die Sie nicht haben.");

    public static readonly ProblemMessage PortalAreasNotOwn = ForbiddenBecause(
        "grant_exceeds_own_portal_areas",
        "You cannot open portal areas to others that you cannot open yourself.",
        "Sie können anderen keine Portalbereiche öffnen, die Sie selbst nicht öffnen können.");

    public static readonly ProblemMessage ObjectsNotOwn = ForbiddenBecause(
        "grant_exceeds_own_objects",
        "You cannot assign objects you do not see yourself.",
        "Sie können keine Objekte zuweisen, die Sie selbst nicht sehen.");

    public static readonly ProblemMessage AllCustomersNotOwn = ForbiddenBecause(
        "grant_exceeds_own_customers",
        "You cannot grant access to all customers: you do not have it yourself.",
        "Sie können keinen Zugriff auf alle Kunden vergeben: Sie haben ihn selbst nicht.");

    public static readonly ProblemMessage DepartmentsNotOwn = ForbiddenBecause(
        "grant_exceeds_own_departments",
        "You cannot grant departments you are not limited to yourself.",
        "Sie können keine Abteilungen vergeben, auf die Sie selbst nicht beschränkt sind.");

    public static readonly ProblemMessage IndividualCustomerHasNoUsers = new(
        "customer_individual",
        new LocalizedText("Individual customers have no portal users.", "Privatkunden haben keine Portalbenutzer."),
        new LocalizedText(
            "Only corporate customers have a customer login; change the customer to corporate first.",
            "Nur Firmenkunden haben einen Kundenzugang; stellen Sie den Kunden zuerst auf Firmenkunde um."));

    public static readonly ProblemMessage CustomerAdministersOwnUsers = new(
        "customer_independent",
        new LocalizedText("This customer administers its own users.", "Dieser Kunde verwaltet seine Benutzer selbst."),
        new LocalizedText(
            "The customer is independent: only its own administrators manage its users.",
            "Der Kunde ist eigenständig: Nur seine eigenen Administratoren verwalten seine Benutzer."));
}
