using Microsoft.AspNetCore.Http;
using Portal.ServiceDefaults.Localization;

namespace Portal.ServiceDefaults.Errors;

/// <summary>The problems every service can answer, whatever it does.</summary>
public static class CommonProblems
{
    public static readonly ProblemMessage ValidationFailed = new(
        "validation_failed", "Some fields are not valid.", "Einige Felder sind nicht gültig.");

    public static readonly ProblemMessage Unreadable = new(
        "unreadable_request", "The request could not be read.", "Die Anfrage konnte nicht gelesen werden.");

    public static readonly ProblemMessage NotStored = new(
        "not_stored", "The request could not be stored.", "Die Anfrage konnte nicht gespeichert werden.");

    public static readonly ProblemMessage Unauthorized = new(
        "unauthorized",
        new LocalizedText("Sign-in required.", "Anmeldung erforderlich."),
        new LocalizedText("Send a valid access token (Authorization: Bearer ...).", "Senden Sie ein gültiges Zugriffstoken (Authorization: Bearer ...)."));

    public static readonly ProblemMessage Forbidden = new(
        "forbidden", "You may not do this.", "Das dürfen Sie nicht.");

    public static readonly ProblemMessage NotFound = new(
        "not_found", "Not found.", "Nicht gefunden.");

    public static readonly ProblemMessage MethodNotAllowed = new(
        "method_not_allowed", "This method is not allowed here.", "Diese Methode ist hier nicht erlaubt.");

    public static readonly ProblemMessage UnsupportedMediaType = new(
        "unsupported_media_type",
        new LocalizedText("The body is not JSON.", "Der Inhalt ist kein JSON."),
        new LocalizedText("Send the body as JSON (Content-Type: application/json).", "Senden Sie den Inhalt als JSON (Content-Type: application/json)."));

    public static readonly ProblemMessage TooManyRequests = new(
        "too_many_requests",
        new LocalizedText("Too many requests.", "Zu viele Anfragen."),
        new LocalizedText("Wait a moment, then try again.", "Warten Sie einen Moment und versuchen Sie es dann erneut."));

    public static readonly ProblemMessage ServiceUnavailable = new(
        "service_unavailable",
        new LocalizedText("The service is briefly unavailable.", "Der Dienst ist kurz nicht erreichbar."),
        new LocalizedText("Nothing was changed. Try again in {0} seconds.", "Es wurde nichts geändert. Versuchen Sie es in {0} Sekunden erneut."));

    public static readonly ProblemMessage ClientClosedRequest = new(
        "client_closed_request", "The client closed the request.", "Der Client hat die Anfrage abgebrochen.");

    public static readonly ProblemMessage Unexpected = new(
        "unexpected_error",
        new LocalizedText("An unexpected error occurred.", "Ein unerwarteter Fehler ist aufgetreten."),
        new LocalizedText("Nothing is wrong with your request. Try again later; if it happens again, report the trace id.",
            "An Ihrer Anfrage liegt es nicht. Versuchen Sie es später erneut; wenn es wieder passiert, melden Sie die Trace-ID."));

    /// <summary>
    /// The problem for an answer the framework made without our words (a bare status code, a challenge):
    /// by status, so that it too has a code and words in the caller's language.
    /// </summary>
    public static ProblemMessage ForStatus(int status) => status switch
    {
        StatusCodes.Status400BadRequest => Unreadable,
        StatusCodes.Status401Unauthorized => Unauthorized,
        StatusCodes.Status403Forbidden => Forbidden,
        StatusCodes.Status404NotFound => NotFound,
        StatusCodes.Status405MethodNotAllowed => MethodNotAllowed,
        StatusCodes.Status415UnsupportedMediaType => UnsupportedMediaType,
        StatusCodes.Status429TooManyRequests => TooManyRequests,
        StatusCodes.Status503ServiceUnavailable => ServiceUnavailable with { Detail = null },
        499 => ClientClosedRequest,
        >= 500 => Unexpected,
        _ => new ProblemMessage($"status_{status}", $"The request failed ({status}).", $"Die Anfrage ist fehlgeschlagen ({status})."),
    };
}
