using Portal.ServiceDefaults.Errors;
using Portal.ServiceDefaults.Localization;

namespace Identity.Api.Application;

/// <summary>Why a link from an e-mail (reset, e-mail change, invitation) no longer works: 410, with what to do instead.</summary>
public static class LinkProblems
{
    private static readonly LocalizedText NotValidTitle = new("This link is not valid.", "Dieser Link ist nicht gültig.");
    private static readonly LocalizedText UsedTitle = new("This link has already been used.", "Dieser Link wurde bereits verwendet.");
    private static readonly LocalizedText ExpiredTitle = new("This link has expired.", "Dieser Link ist abgelaufen.");

    public static readonly ProblemMessage Unknown = new(
        "link_invalid",
        NotValidTitle,
        new LocalizedText(
            "The link is unknown or was replaced by a newer one. Use the latest e-mail, or ask for a new link.",
            "Der Link ist unbekannt oder wurde durch einen neueren ersetzt. Verwenden Sie die neueste E-Mail oder fordern Sie einen neuen Link an."));

    public static readonly ProblemMessage Used = new(
        "link_used", UsedTitle, new LocalizedText("Each link works once.", "Jeder Link funktioniert nur einmal."));

    public static readonly ProblemMessage Expired = new(
        "link_expired", ExpiredTitle, new LocalizedText("Ask for a new link.", "Fordern Sie einen neuen Link an."));

    /// <summary>The account was deactivated (or its organization archived) after the link was sent.</summary>
    public static readonly ProblemMessage AccountCannotSignIn = new(
        "link_account_cannot_sign_in",
        NotValidTitle,
        new LocalizedText("This account cannot sign in. Ask your administrator.", "Dieses Konto kann sich nicht anmelden. Wenden Sie sich an Ihren Administrator."));

    public static readonly ProblemMessage InvitationUnknown = Unknown with { Code = "invitation_invalid" };

    public static readonly ProblemMessage InvitationUsed = new(
        "invitation_used",
        UsedTitle,
        new LocalizedText(
            "Each link works once. Sign in with your password, or reset it.",
            "Jeder Link funktioniert nur einmal. Melden Sie sich mit Ihrem Passwort an oder setzen Sie es zurück."));

    public static readonly ProblemMessage InvitationExpired = new(
        "invitation_expired",
        ExpiredTitle,
        new LocalizedText("Ask the person who invited you for a new link.", "Bitten Sie die Person, die Sie eingeladen hat, um einen neuen Link."));
}
