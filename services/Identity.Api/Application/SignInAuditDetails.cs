using Portal.ServiceDefaults.Localization;

namespace Identity.Api.Application;

/// <summary>
/// The audit log's details of sign-ins and of the password asked again (<see cref="PasswordSignIn"/>,
/// <see cref="PasswordReauthentication"/>, <see cref="ExternalLoginLinker"/>): where the attempt came from and why it
/// failed, in both languages, since an administrator of either language reads them later.
/// </summary>
public static class SignInAuditDetails
{
    // Where a password sign-in came from.
    public static readonly LocalizedText LoginPage = new("login page", "Anmeldeseite");
    public static readonly LocalizedText PasswordGrant = new("password grant", "Passwort-Grant");

    // What the current password was asked again for.
    public static readonly LocalizedText PasswordChange = new("password change", "Passwortänderung");
    public static readonly LocalizedText EmailChange = new("e-mail change", "E-Mail-Änderung");
    public static readonly LocalizedText TwoFactorChange = new("two-factor change", "Änderung der Zwei-Faktor-Authentifizierung");

    // An external sign-in: how it went, and why it was refused.
    public static readonly LocalizedText SignedIn = new("signed in", "angemeldet");
    public static readonly LocalizedText LinkedAndSignedIn = new("linked and signed in", "verknüpft und angemeldet");
    public static readonly LocalizedText EmailNotVerified = new("e-mail not verified", "E-Mail-Adresse nicht bestätigt");
    public static readonly LocalizedText NoAccount = new("no account", "kein Konto");
    public static readonly LocalizedText LinkedToAnother = new("linked to another subject", "mit einer anderen Identität verknüpft");
    public static readonly LocalizedText OrganizationArchived = new("organization archived", "Organisation archiviert");
    public static readonly LocalizedText Deactivated = new("deactivated", "deaktiviert");

    private static readonly LocalizedText RefusedWhileWaitingText = new("{0}: refused while waiting after failed sign-ins", "{0}: abgelehnt während der Wartezeit nach Fehlversuchen");
    private static readonly LocalizedText UnknownAccountText = new("{0}: unknown account name", "{0}: unbekannter Kontoname");
    private static readonly LocalizedText WrongPasswordText = new("{0}: wrong password or no access", "{0}: falsches Passwort oder kein Zugang");
    private static readonly LocalizedText WrongTwoFactorCodeText = new("{0}: wrong two-factor code", "{0}: falscher Zwei-Faktor-Code");
    private static readonly LocalizedText WithTwoFactorText = new("{0}, two-factor", "{0}, mit Zwei-Faktor-Code");
    private static readonly LocalizedText WrongCurrentPasswordText = new("{0}: wrong current password", "{0}: falsches aktuelles Passwort");
    private static readonly LocalizedText WrongCodeText = new("{0}: wrong code", "{0}: falscher Code");
    private static readonly LocalizedText WaitsText = new("waits {0} s", "wartet {0} s");
    private static readonly LocalizedText ViaText = new("via {0}", "über {0}");
    private static readonly LocalizedText OutcomeViaText = new("{0} via {1}", "{0} über {1}");
    private static readonly LocalizedText RefusedViaText = new("via {0}: {1}", "über {0}: {1}");

    public static LocalizedText RefusedWhileWaiting(LocalizedText channel) => RefusedWhileWaitingText.Format(channel);

    public static LocalizedText UnknownAccount(LocalizedText channel) => UnknownAccountText.Format(channel);

    public static LocalizedText WrongPassword(LocalizedText channel) => WrongPasswordText.Format(channel);

    public static LocalizedText WrongTwoFactorCode(LocalizedText channel) => WrongTwoFactorCodeText.Format(channel);

    public static LocalizedText WithTwoFactor(LocalizedText channel) => WithTwoFactorText.Format(channel);

    public static LocalizedText WrongCurrentPassword(LocalizedText purpose) => WrongCurrentPasswordText.Format(purpose);

    public static LocalizedText WrongCode(LocalizedText purpose) => WrongCodeText.Format(purpose);

    /// <summary>The lockout an attempt started: how long the account now waits.</summary>
    public static LocalizedText Waits(TimeSpan wait) => WaitsText.Format((int)wait.TotalSeconds);

    /// <summary>An external provider, by its scheme ("Google"): a name, the same in both languages.</summary>
    public static LocalizedText Via(string scheme) => ViaText.Format(scheme);

    public static LocalizedText OutcomeVia(LocalizedText outcome, string scheme) => OutcomeViaText.Format(outcome, scheme);

    public static LocalizedText RefusedVia(string scheme, LocalizedText reason) => RefusedViaText.Format(scheme, reason);
}
