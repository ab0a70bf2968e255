using Portal.ServiceDefaults.Errors;
using Portal.ServiceDefaults.Localization;

namespace Assets.Api.Apis.Common;

/// <summary>
/// "No such record" for each kind of record the assets API names (<see cref="Site"/>: an object, in the API's words). One message per kind, not one sentence with
/// the kind filled in: German articles follow the noun's gender (kein Gerät, keine Vorlage, kein Kunde).
/// </summary>
public static class NotFoundProblems
{
    private static readonly LocalizedText Title = new("Not found", "Nicht gefunden");

    public static readonly ProblemMessage Device = Of("device", "No device with this id.", "Kein Gerät mit dieser ID.");
    public static readonly ProblemMessage Site = Of("object", "No object with this id.", "Kein Objekt mit dieser ID.");
    public static readonly ProblemMessage Customer = Of("customer", "No customer with this id.", "Kein Kunde mit dieser ID.");
    public static readonly ProblemMessage Ticket = Of("ticket", "No ticket with this id.", "Kein Ticket mit dieser ID.");

    public static readonly ProblemMessage TicketTemplate = Of(
        "ticket_template", "No ticket template with this id.", "Keine Ticketvorlage mit dieser ID.");

    public static readonly ProblemMessage Template = Of("template", "No template with this id.", "Keine Vorlage mit dieser ID.");

    public static readonly ProblemMessage Person = Of("person", "No person with this id.", "Keine Person mit dieser ID.");

    public static readonly ProblemMessage VideoSession = Of(
        "video_session", "No video session with this id.", "Keine Videositzung mit dieser ID.");

    private static ProblemMessage Of(string kind, string english, string german) =>
        new($"{kind}_not_found", Title, new LocalizedText(english, german));
}
