using Portal.ServiceDefaults.Errors;
using Portal.ServiceDefaults.Localization;

namespace Portal.Gateway.Extensions;

/// <summary>What the gateway itself answers, before or instead of a service.</summary>
public static class GatewayProblems
{
    public static readonly ProblemMessage UnknownApi = new(
        "unknown_api", "No API answers this path.", "Unter diesem Pfad antwortet keine API.");

    public static readonly ProblemMessage ServiceUnreachable = new(
        "service_unreachable",
        new LocalizedText("The service is unavailable.", "Der Dienst ist nicht erreichbar."),
        new LocalizedText("Try again in a moment.", "Versuchen Sie es gleich noch einmal."));

    public static readonly ProblemMessage NotForwarded = new(
        "not_forwarded", "The request could not be forwarded.", "Die Anfrage konnte nicht weitergeleitet werden.");

    /// <summary>{0}: seconds to wait.</summary>
    public static readonly ProblemMessage TooManySignIns = new(
        "too_many_sign_ins",
        new LocalizedText("Too many requests.", "Zu viele Anfragen."),
        new LocalizedText(
            "Too many sign-in attempts from this address. Try again in {0} seconds.",
            "Zu viele Anmeldeversuche von dieser Adresse. Versuchen Sie es in {0} Sekunden erneut."));
}
