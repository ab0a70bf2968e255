using Portal.ServiceDefaults.Errors;
using Portal.ServiceDefaults.Localization;

namespace Identity.Api.Apis;

/// <summary>Why an invitation cannot be resent or revoked (accepting one: <see cref="Application.LinkProblems"/>).</summary>
public static class InvitationProblems
{
    private static readonly LocalizedText AcceptedTitle = new("The invitation was accepted.", "Die Einladung wurde angenommen.");

    public static readonly ProblemMessage AcceptedNothingToResend = new(
        "invitation_accepted",
        AcceptedTitle,
        new LocalizedText(
            "The user has already accepted this invitation; there is nothing to resend.",
            "Der Benutzer hat diese Einladung bereits angenommen; es gibt nichts erneut zu senden."));

    public static readonly ProblemMessage AcceptedCannotRevoke = new(
        "invitation_accepted",
        AcceptedTitle,
        new LocalizedText(
            "The person uses the portal now; only their invitation could be revoked. Delete the user in user management instead.",
            "Die Person nutzt das Portal inzwischen; widerrufen ließe sich nur ihre Einladung. Löschen Sie den Benutzer stattdessen in der Benutzerverwaltung."));
}
