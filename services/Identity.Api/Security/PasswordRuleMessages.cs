using Portal.ServiceDefaults.Errors;

namespace Identity.Api.Security;

/// <summary>Why <see cref="PasswordPolicy"/> refuses a password, as the password field shows it.</summary>
public static class PasswordRuleMessages
{
    /// <summary>{0}: the fewest characters.</summary>
    public static readonly FieldMessage TooShort = new(
        "password_too_short", "A password needs at least {0} characters.", "Ein Passwort braucht mindestens {0} Zeichen.");

    /// <summary>{0}: the most characters.</summary>
    public static readonly FieldMessage TooLong = new(
        "password_too_long", "A password may have at most {0} characters.", "Ein Passwort darf höchstens {0} Zeichen haben.");

    public static readonly FieldMessage TooCommon = new(
        "password_too_common",
        "This password is among the most common ones; choose another.",
        "Dieses Passwort gehört zu den häufigsten; wählen Sie ein anderes.");

    public static readonly FieldMessage Unchanged = new(
        "password_unchanged", "Choose a password other than the current one.", "Wählen Sie ein anderes Passwort als das aktuelle.");
}
