using Portal.ServiceDefaults.Errors;
using Portal.ServiceDefaults.Localization;

namespace Identity.Api.Application;

/// <summary>Why the password asked again before a sensitive change (<see cref="PasswordReauthentication"/>) is refused.</summary>
public static class PasswordProblems
{
    public static readonly FieldMessage WrongCurrentPassword = new(
        "wrong_password", "The current password is not right.", "Das aktuelle Passwort ist nicht richtig.");

    // Two-factor's dialog asks for "the password" (there is no new one beside it).
    public static readonly FieldMessage WrongPassword = new("wrong_password", "The password is not right.", "Das Passwort ist nicht richtig.");

    /// <summary>{0}: seconds to wait.</summary>
    public static readonly ProblemMessage TooManyFailures = new(
        "too_many_failed_attempts",
        new LocalizedText("Too many failed attempts.", "Zu viele Fehlversuche."),
        new LocalizedText("Try again in {0} seconds.", "Versuchen Sie es in {0} Sekunden erneut."));
}
