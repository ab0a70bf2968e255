using Portal.ServiceDefaults.Errors;

namespace Identity.Api.Apis;

/// <summary>Why a query of the audit log is refused.</summary>
public static class AuditProblems
{
    /// <summary>{0}: the known actions.</summary>
    public static readonly FieldMessage UnknownAction = new("unknown_action", "Unknown action. Known: {0}.", "Unbekannte Aktion. Bekannt sind: {0}.");

    /// <summary>{0}: the known categories.</summary>
    public static readonly FieldMessage UnknownCategory = new(
        "unknown_category", "Unknown category. Known: {0}.", "Unbekannte Kategorie. Bekannt sind: {0}.");

    public static readonly FieldMessage ToBeforeFrom = new(
        "to_before_from", "\"to\" must not be before \"from\".", "„to“ darf nicht vor „from“ liegen.");

    public static readonly FieldMessage NotAUserId = new("not_an_id", "Give a user id (a GUID).", "Geben Sie eine Benutzer-ID (eine GUID) an.");

    public static readonly FieldMessage NotATime = new(
        "not_a_time", "Give an ISO-8601 time, e.g. 2026-01-31T12:00:00Z.", "Geben Sie einen Zeitpunkt nach ISO 8601 an, z. B. 2026-01-31T12:00:00Z.");

    /// <summary>{0}: the least; {1}: the most.</summary>
    public static readonly FieldMessage NotANumberInRange = new(
        "number_out_of_range", "Give a whole number from {0} to {1}.", "Geben Sie eine ganze Zahl von {0} bis {1} an.");
}
