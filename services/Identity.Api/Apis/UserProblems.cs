using Portal.ServiceDefaults.Errors;
using Portal.ServiceDefaults.Localization;
using static Identity.Api.Application.Problems;

namespace Identity.Api.Apis;

/// <summary>Why creating, changing, deactivating or deleting a user is refused.</summary>
public static class UserProblems
{
    public static readonly ProblemMessage OwnRoleOrScope = ForbiddenBecause(
        "own_role_or_scope", "You cannot change your own role or scope.", "Sie können Ihre eigene Rolle oder Ihren eigenen Bereich nicht ändern.");

    public static readonly ProblemMessage DeleteSelf = ForbiddenBecause(
        "delete_own_account", "You cannot delete your own account here.", "Ihr eigenes Konto können Sie hier nicht löschen.");

    public static readonly ProblemMessage DeactivateSelf = ForbiddenBecause(
        "deactivate_own_account", "You cannot deactivate your own account.", "Sie können Ihr eigenes Konto nicht deaktivieren.");

    private static readonly LocalizedText NoPasswordLinkTitle = new(
        "This user needs no set-password link.", "Dieser Benutzer braucht keinen Link zum Festlegen eines Passworts.");

    public static readonly ProblemMessage HasPassword = new(
        "password_link_not_needed",
        NoPasswordLinkTitle,
        new LocalizedText(
            "The user already has a password; they can reset it themselves.",
            "Der Benutzer hat bereits ein Passwort; er kann es selbst zurücksetzen."));

    public static readonly ProblemMessage SignsInExternally = new(
        "password_link_not_needed",
        NoPasswordLinkTitle,
        new LocalizedText(
            "The user signs in with an external provider and needs no password.",
            "Der Benutzer meldet sich über einen externen Anbieter an und braucht kein Passwort."));

    public static readonly ProblemMessage Deactivated = new(
        "user_deactivated",
        NoPasswordLinkTitle,
        new LocalizedText("The user is deactivated; reactivate them first.", "Der Benutzer ist deaktiviert; aktivieren Sie ihn zuerst wieder."));

    public static readonly FieldMessage AccountNameEmpty = new(
        "account_name_empty", "An account name cannot be empty.", "Ein Kontoname darf nicht leer sein.");

    public static readonly FieldMessage CustomerScopeOnly = new(
        "customer_scope_only", "Portal areas and objects belong to customer users.", "Portalbereiche und Objekte gehören zu Benutzern von Kunden.");

    public static readonly FieldMessage StaffScopeOnly = new(
        "staff_scope_only",
        "Accessible accounts and departments belong to provider staff.",
        "Zugängliche Konten und Abteilungen gehören zu Mitarbeitenden des Anbieters.");

    public static readonly FieldMessage CustomRoleRequired = new(
        "custom_role_unknown",
        "A custom role needs the id of one of the provider's custom roles.",
        "Eine eigene Rolle braucht die ID einer der eigenen Rollen des Anbieters.");
}
