using Portal.ServiceDefaults.Errors;
using Portal.ServiceDefaults.Localization;
using static Identity.Api.Application.Problems;

namespace Identity.Api.Apis;

/// <summary>Why a support access request, its answer or its end is refused, and why "view as" waits for one.</summary>
public static class SupportAccessProblems
{
    public static readonly ProblemMessage NeedsApproval = ForbiddenBecause(
        "support_access_not_approved",
        "This customer decides when its portal may be viewed: request support access and wait for its administrators' approval.",
        "Dieser Kunde entscheidet, wann sein Portal angesehen werden darf: Fordern Sie Supportzugriff an und warten Sie auf die Zustimmung seiner Administratoren.");

    public static readonly ProblemMessage ApprovedReadOnly = ForbiddenBecause(
        "support_access_read_only",
        "The customer approved read-only access; view the portal without full access, or ask again for full access.",
        "Der Kunde hat nur Lesezugriff erlaubt; sehen Sie das Portal ohne vollen Zugriff an, oder fragen Sie erneut nach vollem Zugriff.");

    public static readonly ProblemMessage ApprovedForAnotherUser = ForbiddenBecause(
        "support_access_other_user",
        "The customer approved viewing the portal as another of its users.",
        "Der Kunde hat erlaubt, das Portal als einen anderen seiner Benutzer zu sehen.");

    public static readonly ProblemMessage NotNeeded = new(
        "support_access_not_needed",
        new LocalizedText("This customer needs no request.", "Dieser Kunde braucht keine Anfrage."),
        new LocalizedText(
            "Its portal can be viewed as its users without asking; the customer's security policy decides this.",
            "Sein Portal kann ohne Anfrage als einer seiner Benutzer angesehen werden; das legt die Sicherheitsrichtlinie des Kunden fest."));

    public static readonly ProblemMessage AlreadyOpen = new(
        "support_access_already_requested",
        new LocalizedText("You have already asked this customer.", "Sie haben diesen Kunden bereits gefragt."),
        new LocalizedText(
            "Your request is waiting for an answer or already approved; withdraw it to ask anew.",
            "Ihre Anfrage wartet auf eine Antwort oder ist bereits genehmigt; ziehen Sie sie zurück, um neu zu fragen."));

    public static readonly ProblemMessage OnlyTheCustomerDecides = ForbiddenBecause(
        "support_access_customer_decides",
        "Only the customer's administrators approve or refuse support access.",
        "Nur die Administratoren des Kunden genehmigen oder verweigern den Supportzugriff.");

    /// <summary>{0}: the request's state.</summary>
    public static readonly ProblemMessage NotPending = new(
        "support_access_not_pending",
        new LocalizedText("The request is no longer waiting for an answer.", "Die Anfrage wartet nicht mehr auf eine Antwort."),
        new LocalizedText("It is {0}.", "Ihr Stand: {0}."));

    /// <summary>{0}: the request's state.</summary>
    public static readonly ProblemMessage NothingToEnd = new(
        "support_access_not_open",
        new LocalizedText("There is nothing to end.", "Es gibt nichts zu beenden."),
        new LocalizedText("The request is {0}.", "Der Stand der Anfrage: {0}."));

    public static readonly ProblemMessage OnlyCustomers = new(
        "support_access_customers_only",
        new LocalizedText("Only customers decide on support access.", "Nur Kunden entscheiden über Supportzugriff."),
        new LocalizedText("The provider's own staff need no approval.", "Die eigenen Mitarbeitenden des Anbieters brauchen keine Zustimmung."));

    public static readonly ProblemMessage IndependentAlwaysDecides = new(
        "support_access_independent",
        new LocalizedText("An independent customer always decides on support access.", "Ein eigenständiger Kunde entscheidet immer über Supportzugriff."),
        new LocalizedText(
            "Its portal is only viewed by the provider with its administrators' approval.",
            "Sein Portal sieht der Anbieter nur mit Zustimmung seiner Administratoren."));

    /// <summary>{0}: the lowest, {1}: the highest number of minutes.</summary>
    public static readonly FieldMessage Duration = new(
        "support_access_duration", "Give {0} to {1} minutes.", "Geben Sie {0} bis {1} Minuten an.");

    public static readonly FieldMessage NotAUserOfTheCustomer = new(
        "support_access_unknown_user",
        "Name a user of this customer who can sign in.",
        "Nennen Sie einen Benutzer dieses Kunden, der sich anmelden kann.");

    public static readonly FieldMessage NotACustomerId = new("not_an_id", "Give a customer id (a GUID).", "Geben Sie eine Kunden-ID (eine GUID) an.");

    /// <summary>{0}: the states.</summary>
    public static readonly FieldMessage UnknownStatus = new("unknown_status", "The state is one of: {0}.", "Der Stand ist einer dieser: {0}.");
}
