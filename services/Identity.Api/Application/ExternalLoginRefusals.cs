using Portal.ServiceDefaults.Localization;

namespace Identity.Api.Application;

/// <summary>
/// Why a sign-in with an external provider is refused, in the words the sign-in page shows the person, in
/// the page's language. {0}: the provider's name; {1}: the e-mail address it gave.
/// </summary>
public static class ExternalLoginRefusals
{
    public static readonly LocalizedText EmailNotVerified = new(
        "{0} has not confirmed your e-mail address, so Portal cannot tell which account is yours. Confirm the address with {0} or sign in with your password.",
        "{0} hat Ihre E-Mail-Adresse nicht bestätigt, daher kann Portal Ihr Konto nicht erkennen. Bestätigen Sie die Adresse bei {0} oder melden Sie sich mit Ihrem Passwort an.");

    public static readonly LocalizedText NoAccount = new(
        "Portal has no account with access for {1}. Ask your administrator for an invitation.",
        "Portal hat kein Konto mit Zugang für {1}. Bitten Sie Ihre Administration um eine Einladung.");

    public static readonly LocalizedText LinkedToAnother = new(
        "Your Portal account is linked to a different {0} account. Sign in with that one, or ask your administrator.",
        "Ihr Portal-Konto ist mit einem anderen {0}-Konto verbunden. Melden Sie sich mit diesem an oder fragen Sie Ihre Administration.");

    public static readonly LocalizedText OrganizationArchived = new(
        "Your organization no longer uses the portal.",
        "Ihre Organisation nutzt das Portal nicht mehr.");

    public static readonly LocalizedText Deactivated = new(
        "Your account is deactivated. Ask your administrator to reactivate it.",
        "Ihr Konto ist deaktiviert. Bitten Sie Ihre Administration, es wieder zu aktivieren.");

    public static readonly LocalizedText NotLinked = new(
        "Your account could not be linked. Please try again.",
        "Ihr Konto konnte nicht verbunden werden. Bitte versuchen Sie es erneut.");
}
