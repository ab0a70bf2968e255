using Portal.ServiceDefaults.Errors;
using Portal.ServiceDefaults.Localization;

namespace Identity.Api.Apis;

/// <summary>Why an e-mail change, or the report of one, is refused.</summary>
public static class EmailChangeProblems
{
    public static readonly FieldMessage SameAddress = new(
        "email_unchanged", "This is already your e-mail address.", "Das ist bereits Ihre E-Mail-Adresse.");

    public static readonly ProblemMessage OldAddressTaken = new(
        "old_email_taken",
        new LocalizedText("The old address cannot be restored.", "Die alte Adresse kann nicht wiederhergestellt werden."),
        new LocalizedText(
            "Every session of the account has ended, but the old address is used by another account by now. Ask your administrator for help.",
            "Alle Sitzungen des Kontos wurden beendet, aber die alte Adresse wird inzwischen von einem anderen Konto genutzt. Bitten Sie Ihren Administrator um Hilfe."));
}
