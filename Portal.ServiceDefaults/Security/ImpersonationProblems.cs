using Portal.ServiceDefaults.Errors;
using Portal.ServiceDefaults.Localization;

namespace Portal.ServiceDefaults.Security;

/// <summary>Why a request made while viewing the portal as someone else is refused.</summary>
public static class ImpersonationProblems
{
    public static readonly ProblemMessage Ended = new(
        "impersonation_ended",
        new LocalizedText("The impersonation has ended.", "Die Ansicht als dieser Benutzer ist beendet."),
        new LocalizedText(
            "Start a new impersonation to keep viewing the portal as this user.",
            "Starten Sie die Ansicht als dieser Benutzer erneut, um das Portal weiter mit seinen Augen zu sehen."));

    public static readonly ProblemMessage ReadOnly = new(
        "impersonation_read_only",
        new LocalizedText("Read-only impersonation.", "Ansicht nur zum Lesen."),
        new LocalizedText(
            "This impersonation may look, not change anything. Ask for full access when starting it, if your role allows it.",
            "In dieser Ansicht dürfen Sie schauen, aber nichts ändern. Fordern Sie beim Start vollen Zugriff an, wenn Ihre Rolle es erlaubt."));

    public static readonly ProblemMessage SupportAccessEnded = new(
        "support_access_ended",
        new LocalizedText("The support access has ended.", "Der Supportzugriff ist beendet."),
        new LocalizedText(
            "The customer's approval for viewing its portal has ended. Ask the customer again to keep viewing it.",
            "Die Zustimmung des Kunden, sein Portal anzusehen, ist beendet. Fragen Sie den Kunden erneut, um es weiter anzusehen."));
}
