using Microsoft.AspNetCore.Identity;
using Portal.ServiceDefaults.Errors;

namespace Identity.Api.Security;

/// <summary>
/// ASP.NET Core Identity's errors in the caller's language, each with its code: the ones a user or password
/// operation of identity can meet. Identity's composition rules are switched off (<see cref="PasswordPolicy"/>
/// decides), but their texts are here too, so that no English sentence can slip through if one is turned on.
/// </summary>
public sealed class PortalIdentityErrorDescriber : IdentityErrorDescriber
{
    public static readonly FieldMessage Default = new("identity_error", "An unknown failure has occurred.", "Ein unbekannter Fehler ist aufgetreten.");

    public static readonly FieldMessage Concurrency = new(
        "concurrency_failure",
        "The account was changed at the same time; try again.",
        "Das Konto wurde gleichzeitig geändert; versuchen Sie es erneut.");

    public static readonly FieldMessage Mismatch = new("password_mismatch", "Incorrect password.", "Falsches Passwort.");

    public static readonly FieldMessage Token = new("token_invalid", "Invalid token.", "Ungültiges Token.");

    public static readonly FieldMessage RecoveryCode = new(
        "recovery_code_invalid", "Recovery code redemption failed.", "Der Wiederherstellungscode konnte nicht eingelöst werden.");

    public static readonly FieldMessage LoginTaken = new(
        "login_already_associated", "A user with this login already exists.", "Ein Benutzer mit dieser Anmeldung existiert bereits.");

    /// <summary>{0}: the name.</summary>
    public static readonly FieldMessage UserName = new(
        "invalid_account_name", "Account name '{0}' is invalid.", "Der Kontoname „{0}“ ist ungültig.");

    /// <summary>{0}: the address.</summary>
    public static readonly FieldMessage Email = new("invalid_email", "Email '{0}' is invalid.", "Die E-Mail-Adresse „{0}“ ist ungültig.");

    /// <summary>{0}: the name.</summary>
    public static readonly FieldMessage UserNameTaken = new(
        "account_name_taken", "Account name '{0}' is already taken.", "Der Kontoname „{0}“ ist bereits vergeben.");

    /// <summary>{0}: the address.</summary>
    public static readonly FieldMessage EmailTaken = new("email_taken", "Email '{0}' is already taken.", "Die E-Mail-Adresse „{0}“ ist bereits vergeben.");

    public static readonly FieldMessage HasPassword = new(
        "password_already_set", "User already has a password set.", "Für den Benutzer ist bereits ein Passwort gesetzt.");

    public static readonly FieldMessage LockoutNotEnabled = new(
        "lockout_not_enabled", "Lockout is not enabled for this user.", "Für diesen Benutzer ist keine Sperre vorgesehen.");

    /// <summary>{0}: the fewest characters.</summary>
    public static readonly FieldMessage TooShort = PasswordRuleMessages.TooShort;

    /// <summary>{0}: how many different characters.</summary>
    public static readonly FieldMessage UniqueChars = new(
        "password_requires_unique_chars",
        "Passwords must use at least {0} different characters.",
        "Passwörter müssen mindestens {0} verschiedene Zeichen enthalten.");

    public static readonly FieldMessage NonAlphanumeric = new(
        "password_requires_non_alphanumeric",
        "Passwords must have at least one non alphanumeric character.",
        "Passwörter müssen mindestens ein Sonderzeichen enthalten.");

    public static readonly FieldMessage Digit = new(
        "password_requires_digit", "Passwords must have at least one digit ('0'-'9').", "Passwörter müssen mindestens eine Ziffer („0“–„9“) enthalten.");

    public static readonly FieldMessage Lower = new(
        "password_requires_lower",
        "Passwords must have at least one lowercase ('a'-'z').",
        "Passwörter müssen mindestens einen Kleinbuchstaben („a“–„z“) enthalten.");

    public static readonly FieldMessage Upper = new(
        "password_requires_upper",
        "Passwords must have at least one uppercase ('A'-'Z').",
        "Passwörter müssen mindestens einen Großbuchstaben („A“–„Z“) enthalten.");

    public override IdentityError DefaultError() => Error(nameof(DefaultError), Default);

    public override IdentityError ConcurrencyFailure() => Error(nameof(ConcurrencyFailure), Concurrency);

    public override IdentityError PasswordMismatch() => Error(nameof(PasswordMismatch), Mismatch);

    public override IdentityError InvalidToken() => Error(nameof(InvalidToken), Token);

    public override IdentityError RecoveryCodeRedemptionFailed() => Error(nameof(RecoveryCodeRedemptionFailed), RecoveryCode);

    public override IdentityError LoginAlreadyAssociated() => Error(nameof(LoginAlreadyAssociated), LoginTaken);

    public override IdentityError InvalidUserName(string? userName) => Error(nameof(InvalidUserName), UserName.Format(userName));

    public override IdentityError InvalidEmail(string? email) => Error(nameof(InvalidEmail), Email.Format(email));

    public override IdentityError DuplicateUserName(string userName) => Error(nameof(DuplicateUserName), UserNameTaken.Format(userName));

    public override IdentityError DuplicateEmail(string email) => Error(nameof(DuplicateEmail), EmailTaken.Format(email));

    public override IdentityError UserAlreadyHasPassword() => Error(nameof(UserAlreadyHasPassword), HasPassword);

    public override IdentityError UserLockoutNotEnabled() => Error(nameof(UserLockoutNotEnabled), LockoutNotEnabled);

    public override IdentityError PasswordTooShort(int length) => Error(nameof(PasswordTooShort), TooShort.Format(length));

    public override IdentityError PasswordRequiresUniqueChars(int uniqueChars) => Error(nameof(PasswordRequiresUniqueChars), UniqueChars.Format(uniqueChars));

    public override IdentityError PasswordRequiresNonAlphanumeric() => Error(nameof(PasswordRequiresNonAlphanumeric), NonAlphanumeric);

    public override IdentityError PasswordRequiresDigit() => Error(nameof(PasswordRequiresDigit), Digit);

    public override IdentityError PasswordRequiresLower() => Error(nameof(PasswordRequiresLower), Lower);

    public override IdentityError PasswordRequiresUpper() => Error(nameof(PasswordRequiresUpper), Upper);

    private static LocalizedIdentityError Error(string identityCode, FieldMessage message) => new(identityCode, message);
}
