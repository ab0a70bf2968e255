using Portal.ServiceDefaults.Errors;
using Portal.ServiceDefaults.Localization;

namespace Tenants.Api.Apis;

/// <summary>Why a customer cannot be created or changed as asked.</summary>
public static class CustomerProblems
{
    /// <summary>{0}: the most characters.</summary>
    public static readonly FieldMessage NameInvalid = new(
        "customer_name_invalid", "A customer needs a name of 1 to {0} characters.", "Ein Kunde braucht einen Namen mit 1 bis {0} Zeichen.");

    public static readonly FieldMessage TypeUnknown = new(
        "customer_type_unknown", "The type is 'corporate' or 'individual'.", "Der Typ ist „corporate“ oder „individual“.");

    public static readonly FieldMessage DepartmentRequired = new(
        "department_required",
        "Department administrators must choose one of their departments.",
        "Abteilungsadministratoren müssen eine ihrer Abteilungen wählen.");

    public static readonly FieldMessage NotYourDepartment = new(
        "not_your_department", "This is not one of your departments.", "Das ist keine Ihrer Abteilungen.");

    public static readonly FieldMessage DepartmentNotFound = new(
        "department_not_found", "There is no such department.", "Diese Abteilung gibt es nicht.");

    private static readonly LocalizedText ArchivedCannotChange = new(
        "An archived customer cannot be changed.", "Ein archivierter Kunde kann nicht geändert werden.");

    public static readonly ProblemMessage Archived = new(
        "customer_archived", new LocalizedText("The customer is archived.", "Der Kunde ist archiviert."), ArchivedCannotChange);

    public static readonly ProblemMessage HasPortalUsers = new(
        "customer_has_portal_users",
        new LocalizedText("The customer has portal users.", "Der Kunde hat Portalbenutzer."),
        new LocalizedText(
            "A customer with portal users stays corporate; delete its users and invitations first.",
            "Ein Kunde mit Portalbenutzern bleibt ein Firmenkunde; löschen Sie zuerst seine Benutzer und Einladungen."));

    public static readonly ProblemMessage ChangedMeanwhile = new(
        "customer_changed_meanwhile",
        new LocalizedText("The customer was changed meanwhile.", "Der Kunde wurde inzwischen geändert."),
        new LocalizedText(
            "Someone else changed this customer at the same time; reload and try again.",
            "Jemand anderes hat diesen Kunden zur selben Zeit geändert; laden Sie neu und versuchen Sie es erneut."));

    private static readonly LocalizedText CannotBecomeIndependent = new(
        "The customer cannot become independent.", "Der Kunde kann nicht unabhängig werden.");

    public static readonly ProblemMessage ArchivedNotIndependent = new(
        "customer_archived",
        CannotBecomeIndependent,
        new LocalizedText("An archived customer cannot become independent.", "Ein archivierter Kunde kann nicht unabhängig werden."));

    public static readonly ProblemMessage IndependentAlready = new(
        "customer_independent_already",
        CannotBecomeIndependent,
        new LocalizedText("The customer is independent already.", "Der Kunde ist bereits unabhängig."));

    public static readonly ProblemMessage IndividualNotIndependent = new(
        "customer_individual",
        CannotBecomeIndependent,
        new LocalizedText(
            "Only a corporate customer can administer itself: an individual customer has no portal users.",
            "Nur ein Firmenkunde kann sich selbst verwalten: Ein Privatkunde hat keine Portalbenutzer."));

    private static readonly LocalizedText CannotRevert = new(
        "The customer's independence cannot be reverted.", "Die Unabhängigkeit des Kunden kann nicht zurückgenommen werden.");

    public static readonly ProblemMessage ArchivedNotReverted = new("customer_archived", CannotRevert, ArchivedCannotChange);

    public static readonly ProblemMessage ManagedAlready = new(
        "customer_managed_already",
        CannotRevert,
        new LocalizedText("The customer is managed by its provider already.", "Der Kunde wird bereits von seinem Dienstleister verwaltet."));
}
